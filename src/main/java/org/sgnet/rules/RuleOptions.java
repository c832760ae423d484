package org.sgnet.rules;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.sgnet.SgnetException;

/**
 * The options of one analysis: the as-of date D, the window W, every threshold of {@code rules.md},
 * the rules to run and an optional child.
 *
 * @param asOf the as-of date D, or {@code null} for the default (the latest event date in the
 *     store; today's UTC date when the store holds no event)
 * @param windowDays W, at least 1
 * @param overloadProfessionals {@code overload.professionals}, at least 1
 * @param overloadAgencies {@code overload.agencies}, at least 1
 * @param spocAgencies {@code spoc.agencies}, at least 1
 * @param siloSharedChildren {@code silo.sharedChildren}, at least 1
 * @param requestResponseDays {@code request.responseDays}, at least 0
 * @param reassessmentDays {@code reassessment.days}, at least 0
 * @param rules the rules to run; empty means the whole catalogue
 * @param childId only findings whose {@code childIds} include this child, or {@code null} for all
 */
public record RuleOptions(
    LocalDate asOf,
    int windowDays,
    int overloadProfessionals,
    int overloadAgencies,
    int spocAgencies,
    int siloSharedChildren,
    int requestResponseDays,
    int reassessmentDays,
    Set<Rule> rules,
    String childId) {

  /** W when none is given. */
  public static final int DEFAULT_WINDOW_DAYS = 90;

  /**
   * Validates the options.
   *
   * @throws SgnetException of kind INVALID_INPUT naming the option that is out of range
   */
  public RuleOptions {
    atLeast("window", windowDays, 1);
    atLeast("overload.professionals", overloadProfessionals, 1);
    atLeast("overload.agencies", overloadAgencies, 1);
    atLeast("spoc.agencies", spocAgencies, 1);
    atLeast("silo.sharedChildren", siloSharedChildren, 1);
    atLeast("request.responseDays", requestResponseDays, 0);
    atLeast("reassessment.days", reassessmentDays, 0);
    rules = rules == null || rules.isEmpty() ? Set.copyOf(Rule.values()) : Set.copyOf(rules);
    if (childId != null && childId.isBlank()) {
      childId = null;
    }
    if (asOf != null && (asOf.getYear() < 1 || asOf.getYear() > 9999)) {
      throw invalid("as-of date " + asOf + " is out of range");
    }
  }

  /**
   * Thresholds a run sets over its defaults; {@code null} keeps the default. The command line and
   * the HTTP API both read theirs into one of these.
   *
   * @param overloadProfessionals {@code overload.professionals}
   * @param overloadAgencies {@code overload.agencies}
   * @param spocAgencies {@code spoc.agencies}
   * @param siloSharedChildren {@code silo.sharedChildren}
   * @param requestResponseDays {@code request.responseDays}
   * @param reassessmentDays {@code reassessment.days}
   */
  public record Overrides(
      Integer overloadProfessionals,
      Integer overloadAgencies,
      Integer spocAgencies,
      Integer siloSharedChildren,
      Integer requestResponseDays,
      Integer reassessmentDays) {}

  /** Returns the defaults of {@code rules.md}: the whole catalogue, every child. */
  public static RuleOptions defaults() {
    return builder().build();
  }

  /** Returns a builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder starting from these options. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.asOf = asOf;
    b.windowDays = windowDays;
    b.overloadProfessionals = overloadProfessionals;
    b.overloadAgencies = overloadAgencies;
    b.spocAgencies = spocAgencies;
    b.siloSharedChildren = siloSharedChildren;
    b.requestResponseDays = requestResponseDays;
    b.reassessmentDays = reassessmentDays;
    b.rules = new TreeSet<>(rules);
    b.childId = childId;
    return b;
  }

  /**
   * Whether the findings about this child are wanted: those of every child when the options name
   * none.
   */
  public boolean includesChild(String id) {
    return childId == null || childId.equals(id);
  }

  /** Returns these options with D set. */
  public RuleOptions withAsOf(LocalDate date) {
    return toBuilder().asOf(date).build();
  }

  private static void atLeast(String name, int value, int min) {
    if (value < min) {
      throw invalid(name + " must be a whole number of at least " + min + ", not " + value);
    }
  }

  private static SgnetException invalid(String message) {
    return new SgnetException(SgnetException.Kind.INVALID_INPUT, message);
  }

  /** Collects options; {@link #build()} validates them. */
  public static final class Builder {
    private LocalDate asOf;
    private int windowDays = DEFAULT_WINDOW_DAYS;
    private int overloadProfessionals = 8;
    private int overloadAgencies = 5;
    private int spocAgencies = 3;
    private int siloSharedChildren = 3;
    private int requestResponseDays = 28;
    private int reassessmentDays = 45;
    private Set<Rule> rules = new TreeSet<>();
    private String childId;

    private Builder() {}

    /** Sets D; {@code null} for the default. */
    public Builder asOf(LocalDate value) {
      asOf = value;
      return this;
    }

    /** Sets W. */
    public Builder windowDays(int value) {
      windowDays = value;
      return this;
    }

    /** Sets {@code overload.professionals}. */
    public Builder overloadProfessionals(int value) {
      overloadProfessionals = value;
      return this;
    }

    /** Sets {@code overload.agencies}. */
    public Builder overloadAgencies(int value) {
      overloadAgencies = value;
      return this;
    }

    /** Sets {@code spoc.agencies}. */
    public Builder spocAgencies(int value) {
      spocAgencies = value;
      return this;
    }

    /** Sets {@code silo.sharedChildren}. */
    public Builder siloSharedChildren(int value) {
      siloSharedChildren = value;
      return this;
    }

    /** Sets {@code request.responseDays}. */
    public Builder requestResponseDays(int value) {
      requestResponseDays = value;
      return this;
    }

    /** Sets {@code reassessment.days}. */
    public Builder reassessmentDays(int value) {
      reassessmentDays = value;
      return this;
    }

    /** Sets the thresholds the overrides give, keeping the others. */
    public Builder override(Overrides o) {
      if (o.overloadProfessionals() != null) {
        overloadProfessionals = o.overloadProfessionals();
      }
      if (o.overloadAgencies() != null) {
        overloadAgencies = o.overloadAgencies();
      }
      if (o.spocAgencies() != null) {
        spocAgencies = o.spocAgencies();
      }
      if (o.siloSharedChildren() != null) {
        siloSharedChildren = o.siloSharedChildren();
      }
      if (o.requestResponseDays() != null) {
        requestResponseDays = o.requestResponseDays();
      }
      if (o.reassessmentDays() != null) {
        reassessmentDays = o.reassessmentDays();
      }
      return this;
    }

    /** Selects rules; none selected means all. */
    public Builder rules(Collection<Rule> value) {
      rules = new TreeSet<>(value);
      return this;
    }

    /** Restricts the findings to those about one child; {@code null} for all. */
    public Builder childId(String value) {
      childId = value;
      return this;
    }

    /** Validates and returns the options. */
    public RuleOptions build() {
      return new RuleOptions(
          asOf,
          windowDays,
          overloadProfessionals,
          overloadAgencies,
          spocAgencies,
          siloSharedChildren,
          requestResponseDays,
          reassessmentDays,
          rules,
          childId);
    }
  }
}

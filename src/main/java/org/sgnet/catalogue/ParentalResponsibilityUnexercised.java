package org.sgnet.catalogue;

import com.google.auto.service.AutoService;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sgnet.graph.GraphTwin;
import org.sgnet.graph.Involvement;
import org.sgnet.graph.Projection;
import org.sgnet.rules.Explanation;
import org.sgnet.rules.Names;
import org.sgnet.rules.RawFinding;
import org.sgnet.rules.Rule;
import org.sgnet.rules.RuleDefinition;
import org.sgnet.rules.RuleDetails;
import org.sgnet.rules.RuleOptions;
import org.sgnet.rules.Severity;
import org.sgnet.rules.Theme;
import org.sgnet.rules.Wording;

/**
 * Rule 15, PARENTAL_RESPONSIBILITY_UNEXERCISED: a child accommodated under section 20 whose holders
 * of parental responsibility took part in no meeting, assessment or decision in the window.
 */
@AutoService(Rule.class)
public final class ParentalResponsibilityUnexercised
    extends RuleDefinition<ParentalResponsibilityUnexercised.Details> implements GraphTwin {

  /** The event types in which a holder of parental responsibility takes part. */
  private static final List<String> ENGAGEMENTS = List.of("MEETING", "ASSESSMENT", "DECISION");

  /**
   * The details of rule 15.
   *
   * @param daysSinceEngagement days from the latest engagement to the as-of date, or {@code null}
   *     when there is none on record
   */
  public record Details(Long daysSinceEngagement) implements RuleDetails {}

  /** The rule; registered with the catalogue. */
  public ParentalResponsibilityUnexercised() {
    super(15, "PARENTAL_RESPONSIBILITY_UNEXERCISED", Theme.COURT_ORDERS, Details.class);
  }

  @Override
  protected Wording words(Facts<Details> f, Names names) {
    String child = names.person(f.child());
    Long days = f.details().daysSinceEngagement();
    if (f.personIds().isEmpty()) {
      // Without a holder on record there is nobody whose part to count: say that, not a double
      // negative, and the date it would have counted from does not exist.
      return new Wording(
          String.format(
              "%s is accommodated under section 20 and nobody on record holds parental"
                  + " responsibility for them, so nobody with it takes part in meetings,"
                  + " assessments or decisions.",
              child),
          String.format(
              "Find out who holds parental responsibility for %s and record it, then involve"
                  + " them in the decisions about the child.",
              child));
    }
    String since =
        days == null ? "never on record" : "last " + days + " days before the as-of date";
    String who =
        Wording.join(f.personIds(), names::person)
            + (f.personIds().size() == 1 ? ", who holds" : ", who hold")
            + " parental responsibility, took";
    return new Wording(
        String.format(
            "%s is accommodated under section 20 and %s part in no meeting, assessment or"
                + " decision in the window (%s).",
            child, who, since),
        String.format(
            "Involve the holders of parental responsibility in the decisions about %s, or"
                + " review the basis of the placement if they cannot take part.",
            child));
  }

  @Override
  protected void evidence(Facts<Details> f, Explanation e) {
    e.about().stream()
        .filter(
            ev ->
                ENGAGEMENTS.contains(ev.type())
                    && ev.participants().stream().anyMatch(f.personIds()::contains))
        .reduce((x, y) -> y)
        .ifPresent(ev -> e.cite(ev.id()));
  }

  /**
   * Child c with a PLACED_WITH active on D on basis S20_VOLUNTARY, none of whose holders of
   * parental responsibility (PARENT ties active on D) took part in a MEETING, ASSESSMENT or
   * DECISION about c in the window; with the days since their latest such engagement up to D, or
   * null. Linear: one pass over the ties for the placements, one for the holders, one over events.
   */
  @Override
  public List<RawFinding> findings(
      Projection projection, Involvement involvement, RuleOptions options) {
    LocalDate asOf = projection.asOf();
    Map<String, Set<String>> holders = new HashMap<>();
    for (Projection.TieRow t : projection.ties()) {
      if (t.type().equals("PLACED_WITH")
          && "S20_VOLUNTARY".equals(t.legalBasis())
          && t.activeOn(asOf)
          && options.includesChild(t.fromId())) {
        holders.putIfAbsent(t.fromId(), new TreeSet<>());
      }
    }
    for (Projection.TieRow t : projection.ties()) {
      if (t.type().equals("PARENT")
          && t.parentalResponsibility()
          && t.activeOn(asOf)
          && holders.containsKey(t.toId())) {
        holders.get(t.toId()).add(t.fromId());
      }
    }
    Map<String, LocalDate> last = new HashMap<>();
    Set<String> engaged = new HashSet<>();
    for (Projection.EventRow e : projection.events()) {
      Set<String> h = holders.get(e.subjectId());
      if (ENGAGEMENTS.contains(e.type())
          && h != null
          && !Collections.disjoint(h, e.participants())) {
        last.merge(e.subjectId(), e.date(), (x, y) -> x.isAfter(y) ? x : y);
        if (projection.inWindow(e.date())) {
          engaged.add(e.subjectId());
        }
      }
    }
    List<RawFinding> findings = new ArrayList<>();
    holders.forEach(
        (child, people) -> {
          if (!engaged.contains(child)) {
            LocalDate latest = last.get(child);
            Long days = latest == null ? null : ChronoUnit.DAYS.between(latest, asOf);
            findings.add(
                finding(
                    Severity.HIGH,
                    List.of(child),
                    List.of(),
                    List.copyOf(people),
                    new Details(days)));
          }
        });
    return findings;
  }
}

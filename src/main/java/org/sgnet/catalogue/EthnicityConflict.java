package org.sgnet.catalogue;

import com.google.auto.service.AutoService;
import java.util.List;
import org.sgnet.rules.Explanation;
import org.sgnet.rules.Names;
import org.sgnet.rules.Rule;
import org.sgnet.rules.RuleDefinition;
import org.sgnet.rules.RuleDetails;
import org.sgnet.rules.Theme;
import org.sgnet.rules.Wording;

/**
 * Rule 13, ETHNICITY_CONFLICT: a child's ethnicity recorded in different ways, by different
 * agencies or within one.
 */
@AutoService(Rule.class)
public final class EthnicityConflict extends RuleDefinition<EthnicityConflict.Details> {

  /**
   * The details of rule 13.
   *
   * @param values the values recorded, as written and trimmed, sorted
   * @param withinAgency the agencies that recorded different values themselves, sorted
   */
  public record Details(List<String> values, List<String> withinAgency) implements RuleDetails {

    public Details {
      values = RuleDetails.sorted(values);
      withinAgency = RuleDetails.sorted(withinAgency);
    }

    @Override
    public List<String> agencies() {
      return withinAgency;
    }
  }

  /** The rule; registered with the catalogue. */
  public EthnicityConflict() {
    super(13, "ETHNICITY_CONFLICT", Theme.IDENTITY, Details.class);
  }

  @Override
  protected Wording words(Facts<Details> f, Names names) {
    String child = names.person(f.child());
    List<String> within = f.details().withinAgency();
    String also =
        Wording.clause(
            ", and %s recorded different values %s",
            within, names::agency, within.size() == 1 ? "itself" : "themselves");
    return new Wording(
        String.format(
            "%s's ethnicity is recorded in %d different ways (%s) by %s%s.",
            child,
            f.details().values().size(),
            Wording.join(f.details().values(), v -> "\"" + v + "\""),
            Wording.join(f.agencyIds(), names::agency),
            also),
        String.format(
            "Ask %s and the family how they describe the child's ethnicity, and correct"
                + " every agency's record to match.",
            child));
  }

  @Override
  protected void evidence(Facts<Details> f, Explanation e) {
    e.about().stream().filter(ev -> ev.is("ETHNICITY_RECORDED")).forEach(ev -> e.cite(ev.id()));
  }
}

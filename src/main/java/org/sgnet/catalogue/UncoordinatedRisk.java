package org.sgnet.catalogue;

import com.google.auto.service.AutoService;
import java.util.List;
import java.util.Locale;
import org.sgnet.rules.Explanation;
import org.sgnet.rules.Names;
import org.sgnet.rules.Rule;
import org.sgnet.rules.RuleDefinition;
import org.sgnet.rules.RuleDetails;
import org.sgnet.rules.Theme;
import org.sgnet.rules.Wording;

/**
 * Rule 4, UNCOORDINATED_RISK: risks to a child raised in the window by several agencies, or of
 * several kinds, with no multi-agency strategy or risk management meeting.
 */
@AutoService(Rule.class)
public final class UncoordinatedRisk extends RuleDefinition<UncoordinatedRisk.Details> {

  /**
   * The details of rule 4.
   *
   * @param risks the categories of the risks, sorted
   */
  public record Details(List<String> risks) implements RuleDetails {

    public Details {
      risks = RuleDetails.sorted(risks);
    }
  }

  /** The rule; registered with the catalogue. */
  public UncoordinatedRisk() {
    super(4, "UNCOORDINATED_RISK", Theme.RISK, Details.class);
  }

  @Override
  protected Wording words(Facts<Details> f, Names names) {
    String child = names.person(f.child());
    String agencies = Wording.join(f.agencyIds(), names::agency);
    return new Wording(
        String.format(
            "Risks to %s of %s were raised by %s in the window, with no multi-agency"
                + " strategy or risk management meeting.",
            child, Wording.join(f.details().risks(), UncoordinatedRisk::category), agencies),
        String.format(
            "Convene a strategy or risk management meeting for %s with %s to agree one plan"
                + " for these risks.",
            child, agencies));
  }

  @Override
  protected void evidence(Facts<Details> f, Explanation e) {
    e.window().stream()
        .filter(
            ev ->
                ev.is("RISK")
                    || (ev.is("MEETING")
                        && ("STRATEGY".equals(ev.subtype())
                            || "RISK_MANAGEMENT".equals(ev.subtype()))))
        .forEach(ev -> e.cite(ev.id()));
  }

  /** A risk category in words: {@code SUBSTANCE_MISUSE} as "substance misuse", CSE as is. */
  private static String category(String value) {
    return value.length() <= 3 ? value : value.toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}

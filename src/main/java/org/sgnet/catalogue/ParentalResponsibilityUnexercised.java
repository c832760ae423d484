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
 * Rule 15, PARENTAL_RESPONSIBILITY_UNEXERCISED: a child accommodated under section 20 whose holders
 * of parental responsibility took part in no meeting, assessment or decision in the window.
 */
@AutoService(Rule.class)
public final class ParentalResponsibilityUnexercised
    extends RuleDefinition<ParentalResponsibilityUnexercised.Details> {

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
    String since =
        days == null ? "never on record" : "last " + days + " days before the as-of date";
    String who =
        f.personIds().isEmpty()
            ? "nobody with parental responsibility took"
            : Wording.join(f.personIds(), names::person)
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
}

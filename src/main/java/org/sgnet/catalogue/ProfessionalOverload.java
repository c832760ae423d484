package org.sgnet.catalogue;

import com.google.auto.service.AutoService;
import java.util.List;
import org.sgnet.graph.GraphTwin;
import org.sgnet.graph.Involvement;
import org.sgnet.graph.Projection;
import org.sgnet.rules.Names;
import org.sgnet.rules.NoDetails;
import org.sgnet.rules.RawFinding;
import org.sgnet.rules.Rule;
import org.sgnet.rules.RuleDefinition;
import org.sgnet.rules.RuleOptions;
import org.sgnet.rules.Severity;
import org.sgnet.rules.Theme;
import org.sgnet.rules.Wording;

/**
 * Rule 1, PROFESSIONAL_OVERLOAD: a child with at least {@code overload.professionals} involved
 * professionals or {@code overload.agencies} involved agencies; HIGH when both are reached.
 */
@AutoService(Rule.class)
public final class ProfessionalOverload extends RuleDefinition<NoDetails> implements GraphTwin {

  /** The rule; registered with the catalogue. */
  public ProfessionalOverload() {
    super(1, "PROFESSIONAL_OVERLOAD", Theme.SUPPORT_AND_INTERVENTION, NoDetails.class);
  }

  @Override
  protected Wording words(Facts<NoDetails> f, Names names) {
    String child = names.person(f.child());
    return new Wording(
        String.format(
            "%s has %s from %s (%s).",
            child,
            Wording.count(f.personIds().size(), "involved professional", "involved professionals"),
            Wording.count(f.agencyIds().size(), "agency", "agencies"),
            Wording.join(f.agencyIds(), names::agency)),
        String.format(
            "Agree a lead professional and a small core group for %s, so that one person"
                + " holds the whole picture and the others know who that is.",
            child));
  }

  @Override
  public List<RawFinding> findings(
      Projection projection, Involvement involvement, RuleOptions options) {
    return org.sgnet.graph.ProfessionalOverload.overloads(
            involvement,
            options.overloadProfessionals(),
            options.overloadAgencies(),
            options.childId())
        .stream()
        .map(
            o ->
                finding(
                    o.overBoth() ? Severity.HIGH : Severity.MEDIUM,
                    List.of(o.childId()),
                    o.agencyIds(),
                    o.professionalIds(),
                    new NoDetails()))
        .toList();
  }
}

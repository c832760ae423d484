package org.sgnet.catalogue;

import com.google.auto.service.AutoService;
import org.sgnet.rules.Explanation;
import org.sgnet.rules.Names;
import org.sgnet.rules.NoDetails;
import org.sgnet.rules.Rule;
import org.sgnet.rules.RuleDefinition;
import org.sgnet.rules.Theme;
import org.sgnet.rules.Wording;

/** Rule 12, NOT_SEEN_ALONE: a child visited in the window and seen alone at none of the visits. */
@AutoService(Rule.class)
public final class NotSeenAlone extends RuleDefinition<NoDetails> {

  /** The rule; registered with the catalogue. */
  public NotSeenAlone() {
    super(12, "NOT_SEEN_ALONE", Theme.ASSESSMENT, NoDetails.class);
  }

  @Override
  protected Wording words(Facts<NoDetails> f, Names names) {
    String child = names.person(f.child());
    return new Wording(
        String.format("%s was not seen alone at any visit in the window.", child),
        String.format(
            "See %s alone at the next visit, and make seeing the child alone the norm.", child));
  }

  @Override
  protected void evidence(Facts<NoDetails> f, Explanation e) {
    e.window().stream().filter(ev -> ev.is("VISIT")).forEach(ev -> e.cite(ev.id()));
  }
}

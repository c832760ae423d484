package org.sgnet.generate;

import java.util.List;
import org.sgnet.bundle.RequestedBy;

/**
 * Window scenario: the child asks to see a brother or sister (or, with none, a family member),
 * mostly early enough in the window to be answered in time; a contact with that person follows or
 * does not, recorded as asked for by the child, the service or the family.
 *
 * <p>A request with no contact within the response time makes rule 7 (CHILD_REQUEST_UNANSWERED)
 * fire; a request too close to the end date is not yet due and keeps it quiet. The answering
 * contact recorded as arranged by the service makes rule 8 (CHILD_REQUEST_MISATTRIBUTED) fire; as
 * the child's request, it keeps both quiet.
 */
final class ChildRequest extends WindowScenario {

  ChildRequest(Tools tools, Odds.Window odds) {
    super(tools, odds);
  }

  @Override
  public void addTo(Child child, Circle circle) {
    if (!dice.chance(odds.request())) {
      return;
    }
    List<String> siblings = circle.siblings();
    List<String> relatives = circle.relatives();
    String asked =
        !siblings.isEmpty() ? dice.any(siblings) : relatives.isEmpty() ? null : dice.any(relatives);
    if (asked == null) {
      return;
    }
    int end = period.end();
    int date =
        dice.chance(odds.requestEarly())
            ? dice.day(period.windowStart(), end - odds.responseDays())
            : dice.day(end - odds.responseDays() + 1, end);
    EventRow.Author by =
        authors.of(
            dice.chance(odds.requestBySocialWorker())
                ? circle.socialWorker()
                : dice.any(circle.active()));
    child.add(EventRow.request(date, child.id, by, List.of(asked), dice.any(Text.REQUESTS)));
    if (dice.chance(odds.answered())) {
      int on = Math.min(end, date + dice.in(odds.answerDays()));
      EventRow.Author author = authors.of(circle.socialWorker());
      double r = dice.fraction();
      RequestedBy requestedBy =
          r < odds.answeredAsChild()
              ? RequestedBy.CHILD
              : r < odds.answeredAsChildOrService() ? RequestedBy.SERVICE : RequestedBy.FAMILY;
      child.add(
          EventRow.contact(
              on, child.id, author, List.of(asked), requestedBy, dice.any(Text.CONTACTS)));
    }
  }
}

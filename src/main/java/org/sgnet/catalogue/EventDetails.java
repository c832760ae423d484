package org.sgnet.catalogue;

import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.sgnet.rules.RuleDetails;

/**
 * The details of a rule whose finding is about one event.
 *
 * @param eventId the event's id
 */
public record EventDetails(String eventId) implements RuleDetails {

  public EventDetails {
    Objects.requireNonNull(eventId, "eventId");
  }

  @Override
  public List<String> events() {
    return List.of(eventId);
  }

  @Override
  public EventDetails recoded(UnaryOperator<String> code) {
    return new EventDetails(code.apply(eventId));
  }
}

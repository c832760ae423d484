package org.sgnet.webhooks;

import java.util.Collection;
import java.util.Map;

/**
 * The codes the pseudonymised exports and a REVIEWER's answers give children ({@code child-a}) and
 * events ({@code event-12}), by the store's id: the served process supplies them from the exports'
 * key.
 */
@FunctionalInterface
public interface ChildCodes {

  /** The coded id of each of the ids that names a person in the store. */
  Map<String, String> codes(Collection<String> ids);

  /**
   * The coded id of each of the ids that names an event in the store. None by default: an event
   * without a code is sent as a placeholder, never as its id.
   */
  default Map<String, String> eventCodes(Collection<String> ids) {
    return Map.of();
  }
}

package org.sgnet.webhooks;

import java.util.Collection;
import java.util.Map;

/**
 * The codes the pseudonymised exports and a REVIEWER's answers give children ({@code child-a}), by
 * the store's id: the served process supplies them from the exports' key.
 */
@FunctionalInterface
public interface ChildCodes {

  /** The coded id of each of the ids that names a person in the store. */
  Map<String, String> codes(Collection<String> ids);
}

package org.sgnet.cli;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import org.sgnet.SgnetException;
import org.sgnet.store.Store;

/**
 * A bean that fails once the store is open, when a test asks for it with {@code
 * sgnet.test.fail-after-store}: a context whose start fails after its store started.
 */
@Context
@Requires(property = "sgnet.test.fail-after-store", value = "true")
class FailingAfterStore {

  FailingAfterStore(Store store) {
    throw new SgnetException(
        SgnetException.Kind.FAILURE, "failed on purpose after opening " + store.boltUri());
  }
}

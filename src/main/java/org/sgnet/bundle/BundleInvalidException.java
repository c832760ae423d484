package org.sgnet.bundle;

import java.util.List;
import org.sgnet.SgnetException;

/** Thrown when a bundle has one or more errors; it carries all of them, in file and line order. */
public class BundleInvalidException extends SgnetException {

  private static final long serialVersionUID = 1L;

  private final transient List<BundleError> errors;

  public BundleInvalidException(List<BundleError> errors) {
    super(Kind.INVALID_INPUT, "the bundle has " + errors.size() + " error(s)");
    this.errors = List.copyOf(errors);
  }

  /** Returns every error of the bundle. */
  public List<BundleError> errors() {
    return errors;
  }
}

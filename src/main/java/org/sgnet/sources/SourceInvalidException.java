package org.sgnet.sources;

import java.util.List;
import org.sgnet.SgnetException;

/** Thrown when a source has refused records and no rejects file was asked for; carries them all. */
public class SourceInvalidException extends SgnetException {

  private static final long serialVersionUID = 1L;

  private final transient List<SourceError> errors;

  public SourceInvalidException(String format, List<SourceError> errors) {
    super(
        Kind.INVALID_INPUT,
        "the " + format + " source has " + errors.size() + " error(s); nothing was written");
    this.errors = List.copyOf(errors);
  }

  /** Returns every error, in the order found. */
  public List<SourceError> errors() {
    return errors;
  }
}

package org.sgnet;

/**
 * The root of every domain failure in sgnet.
 *
 * <p>Feature packages throw subclasses of this unchecked exception; the edges (the command line and
 * the HTTP API) translate it once into an exit code or a problem response. Messages must not carry
 * personal data: they name files, lines, columns and ids, never names or free text.
 */
public class SgnetException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The kind of failure, which decides the exit code and the HTTP status at the edge. */
  public enum Kind {
    /** The user's input (a bundle, an option, a request) is invalid. */
    INVALID_INPUT,
    /** Something the user asked for does not exist. */
    NOT_FOUND,
    /**
     * The store is busy with work that cannot run alongside the request (an import): the request
     * changed nothing and may be tried again later.
     */
    CONFLICT,
    /**
     * The server already runs as much of this kind of work as its limits allow (analyst queries at
     * once, per user or for everyone): the request changed nothing and may be tried again shortly.
     */
    BUSY,
    /**
     * The disk holding the store has (nearly) no space left: the work was undone, and may be tried
     * again once space is freed.
     */
    NO_SPACE,
    /** The store or the environment failed. */
    FAILURE
  }

  private final Kind kind;

  public SgnetException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public SgnetException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  /** Returns the kind of failure. */
  public Kind kind() {
    return kind;
  }
}

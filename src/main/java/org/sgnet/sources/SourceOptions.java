package org.sgnet.sources;

import java.util.regex.Pattern;
import org.sgnet.SgnetException;

/**
 * What a conversion needs beyond the files.
 *
 * @param authority the code of the local authority whose data this is (such as {@code 201}, the
 *     DfE's LA number), for sources that do not say it themselves (an SSDA903 return, a partner's
 *     extract); its children's social care is the agency of the return's records, and the
 *     authority's child ids are identifiers within it. {@code null} means {@code local}.
 */
public record SourceOptions(String authority) {

  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9-]{1,20}");

  /** The authority code used when none is given. */
  public static final String DEFAULT_AUTHORITY = "local";

  public SourceOptions {
    if (authority == null) {
      authority = DEFAULT_AUTHORITY;
    }
    if (!CODE.matcher(authority).matches()) {
      throw new SgnetException(
          SgnetException.Kind.INVALID_INPUT,
          "--authority must be 1 to 20 letters, digits or -, such as 201");
    }
  }

  /** Options with the default authority. */
  public static SourceOptions defaults() {
    return new SourceOptions(null);
  }
}

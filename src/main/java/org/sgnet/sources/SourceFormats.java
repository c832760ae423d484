package org.sgnet.sources;

import java.util.List;
import java.util.stream.Collectors;
import org.sgnet.SgnetException;
import org.sgnet.sources.annexa.AnnexAAdapter;
import org.sgnet.sources.cin.CinAdapter;
import org.sgnet.sources.dfeapi.DfeApiAdapter;
import org.sgnet.sources.partner.PartnerAdapter;
import org.sgnet.sources.ssd.SsdAdapter;
import org.sgnet.sources.ssda903.Ssda903Adapter;

/** The source formats sgnet reads, by the name {@code --from} takes. */
public final class SourceFormats {

  private static final List<SourceAdapter> ALL =
      List.of(
          new Ssda903Adapter(),
          new CinAdapter(),
          new AnnexAAdapter(),
          new SsdAdapter(),
          new DfeApiAdapter(),
          new PartnerAdapter());

  private SourceFormats() {}

  /** Returns every adapter, in the order the documentation lists them. */
  public static List<SourceAdapter> all() {
    return ALL;
  }

  /**
   * Returns the adapter of a format.
   *
   * @throws SgnetException of kind {@code INVALID_INPUT} naming the known formats
   */
  public static SourceAdapter named(String format) {
    for (SourceAdapter a : ALL) {
      if (a.format().equalsIgnoreCase(format == null ? "" : format.trim())) {
        return a;
      }
    }
    throw new SgnetException(
        SgnetException.Kind.INVALID_INPUT,
        "unknown source format '"
            + format
            + "': expected one of "
            + ALL.stream().map(SourceAdapter::format).collect(Collectors.joining(", ")));
  }
}

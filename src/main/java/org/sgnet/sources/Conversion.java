package org.sgnet.sources;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.sgnet.SgnetException;
import org.sgnet.bundle.Bundle;
import org.sgnet.bundle.BundleInvalidException;
import org.sgnet.bundle.BundleReader;
import org.sgnet.bundle.BundleWriter;
import org.sgnet.bundle.Person;

/**
 * The one path from a source to the store: the format's adapter reads the files, {@link
 * IdentityResolver} matches people, and the bundle is checked by the same reader as a bundle on
 * disk, so that a source can put nothing into the store that {@code sgnet import BUNDLE} would
 * refuse. The store write is the caller's (the bundle importer, all or nothing).
 */
public final class Conversion {

  /** What a conversion made: the bundle, the refused records and the figures of the summary. */
  public record Result(
      String format,
      Bundle bundle,
      List<SourceError> refused,
      Map<String, Integer> recordsByFile,
      IdentityResolver.Stats identities) {

    public Result {
      refused = List.copyOf(refused);
      recordsByFile =
          java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(recordsByFile));
    }
  }

  private final SourceAdapter adapter;
  private final SourceOptions options;

  public Conversion(SourceAdapter adapter, SourceOptions options) {
    if (adapter == null || options == null) {
      throw new IllegalArgumentException("adapter and options are required");
    }
    this.adapter = adapter;
    this.options = options;
  }

  /**
   * Converts the files.
   *
   * @param paths the source's files or folders
   * @param known the people already in the store that carry identifiers (empty when converting
   *     without a store)
   * @param keepGoing whether refused records are returned with the rest (for a rejects file); when
   *     {@code false}, any refused record fails the whole conversion
   * @throws SourceInvalidException when a record is refused and {@code keepGoing} is false
   */
  public Result convert(List<Path> paths, List<Person> known, boolean keepGoing) {
    SourceRecords records = adapter.read(paths, options);
    IdentityResolver.Resolution resolution = new IdentityResolver(known).resolve(records);
    if (!resolution.refused().isEmpty() && !keepGoing) {
      throw new SourceInvalidException(adapter.format(), resolution.refused());
    }
    Bundle checked = check(resolution.bundle());
    return new Result(
        adapter.format(),
        checked,
        resolution.refused(),
        records.recordsByFile(),
        resolution.stats());
  }

  /**
   * Reads the bundle back through the bundle reader. The adapter and the resolver make only valid
   * rows, so an error here is sgnet's fault, not the source's: it is a failure, with the bundle's
   * own error lines.
   */
  private Bundle check(Bundle bundle) {
    try {
      return new BundleReader()
          .read(adapter.format() + " conversion", new BundleWriter(bundle).files());
    } catch (BundleInvalidException e) {
      // Where, not what: this message is logged, and a bundle error may quote a cell (a date).
      List<String> lines =
          e.errors().stream()
              .limit(20)
              .map(
                  b ->
                      b.column() == null
                          ? b.file() + ":" + b.line()
                          : b.file() + ":" + b.line() + " column " + b.column())
              .toList();
      throw new SgnetException(
          SgnetException.Kind.FAILURE,
          "the "
              + adapter.format()
              + " adapter made a bundle that the bundle reader refuses (a defect of sgnet): "
              + String.join("; ", lines));
    }
  }
}

package org.sgnet.identity;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.sgnet.sources.Conversion;
import org.sgnet.sources.SourceAdapter;
import org.sgnet.sources.SourceOptions;
import org.sgnet.store.BundleImporter;
import org.sgnet.store.ImportProgress;
import org.sgnet.store.ImportSummary;
import org.sgnet.store.Store;

/**
 * Imports a source into the store: the conversion, matched against the people sources built before,
 * then the bundle importer's all-or-nothing write. The store's import lock is held from the read of
 * the known people to the end of the write, so that no other import changes them between.
 */
public final class SourceImport {

  /** What the conversion made and what the write did. */
  public record Outcome(Conversion.Result conversion, ImportSummary written) {}

  private final Store store;
  private final BundleImporter importer;

  public SourceImport(Store store, BundleImporter importer) {
    this.store = Objects.requireNonNull(store, "store");
    this.importer = Objects.requireNonNull(importer, "importer");
  }

  /**
   * Converts and imports.
   *
   * @param keepGoing whether to import the valid records when some are refused (they are returned
   *     for a rejects file); otherwise any refused record fails the import, which writes nothing
   * @throws org.sgnet.sources.SourceInvalidException with every refused record, nothing written,
   *     when a record is refused and {@code keepGoing} is false
   */
  public Outcome run(
      SourceAdapter adapter,
      List<Path> paths,
      SourceOptions options,
      boolean keepGoing,
      ImportProgress progress) {
    return store.whileNoImportRuns(
        () -> {
          Conversion.Result result =
              new Conversion(adapter, options)
                  .convert(paths, new Identities(store).sourcePeople(), keepGoing);
          ImportSummary written = importer.importBundle(result.bundle(), progress);
          return new Outcome(result, written);
        });
  }
}

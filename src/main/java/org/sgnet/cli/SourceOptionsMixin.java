package org.sgnet.cli;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import org.sgnet.sources.Conversion;
import org.sgnet.sources.SourceAdapter;
import org.sgnet.sources.SourceFormats;
import org.sgnet.sources.SourceOptions;
import picocli.CommandLine.Option;

/** The options of reading a source ({@code import --from}, {@code convert}), and its summary. */
final class SourceOptionsMixin {

  @Option(
      names = "--authority",
      paramLabel = "CODE",
      description =
          "The local authority whose data this is (its DfE code, such as 201), for sources that do"
              + " not say it (SSDA903, Annex A, partner extracts): its children's social care is"
              + " the agency la-CODE, and its child ids are identifiers within it (default:"
              + " local).")
  String authority;

  SourceOptions options() {
    return new SourceOptions(authority);
  }

  /** The format names, for help and completion. */
  static final class Formats implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return SourceFormats.all().stream().map(SourceAdapter::format).iterator();
    }
  }

  /** Describes what a conversion read and how its people were matched. */
  static String describe(Conversion.Result r, Path rejects) {
    StringBuilder s = new StringBuilder();
    s.append("Read ").append(r.format()).append(':');
    for (Map.Entry<String, Integer> e : r.recordsByFile().entrySet()) {
      s.append(String.format(Locale.ROOT, " %s %,d record(s),", e.getKey(), e.getValue()));
    }
    s.setLength(s.length() - 1);
    s.append(System.lineSeparator());
    s.append(
        String.format(
            Locale.ROOT,
            "  %,d record(s) refused%s%n",
            r.refused().size(),
            rejects == null ? "" : " (each with its reason in " + rejects + ")"));
    s.append(
        String.format(
            Locale.ROOT,
            "  %,d person record(s) became %,d people: %,d already in the store, %,d joined by a"
                + " shared identifier",
            r.identities().personRecords(),
            r.identities().people(),
            r.identities().matchedInStore(),
            r.identities().joinedInSource()));
    return s.toString();
  }
}

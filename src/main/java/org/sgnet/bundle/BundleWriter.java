package org.sgnet.bundle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.sgnet.SgnetException;

/**
 * Writes a {@link Bundle} as the CSV files of the format, so that {@link BundleReader} reads it
 * back as it was. The source extension's columns ({@code identifiers}, {@code postcode}, {@code
 * provenance}) and {@code x_} columns are written only when some row of the file has a value.
 */
public final class BundleWriter {

  private final Bundle bundle;

  public BundleWriter(Bundle bundle) {
    if (bundle == null) {
      throw new IllegalArgumentException("bundle is required");
    }
    this.bundle = bundle;
  }

  /**
   * Writes the four files into a folder, creating it; files of the same names are replaced.
   *
   * @throws SgnetException of kind {@code FAILURE} when the folder cannot be written
   */
  public void write(Path folder) {
    try {
      Files.createDirectories(folder);
      for (String file : BundleLayout.FILES) {
        try (OutputStream out = Files.newOutputStream(folder.resolve(file))) {
          write(file, out);
        }
      }
    } catch (IOException e) {
      throw new SgnetException(
          SgnetException.Kind.FAILURE,
          "cannot write the bundle to " + folder + ": " + e.getMessage(),
          e);
    }
  }

  /** Returns the four files' bytes by file name, in format order. */
  public Map<String, byte[]> files() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String file : BundleLayout.FILES) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try {
        write(file, out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      files.put(file, out.toByteArray());
    }
    return files;
  }

  private void write(String file, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    switch (file) {
      case "agencies.csv" ->
          table(
              w,
              file,
              bundle.agencies(),
              a -> cells(a.id(), a.name(), a.sector()),
              a -> source(null, null, a.provenance()),
              Agency::extra);
      case "people.csv" ->
          table(
              w,
              file,
              bundle.people(),
              p -> cells(p.id(), p.kind(), p.name(), p.birthDate(), p.agencyId(), p.role()),
              p -> source(p.identifiers(), p.postcode(), p.provenance()),
              Person::extra);
      case "relationships.csv" ->
          table(
              w,
              file,
              bundle.ties(),
              t ->
                  cells(
                      t.type(),
                      t.fromId(),
                      t.toId(),
                      t.startDate(),
                      t.endDate(),
                      t.parentalResponsibility(),
                      t.legalBasis(),
                      t.lead()),
              t -> source(null, null, t.provenance()),
              Tie::extra);
      case "events.csv" ->
          table(
              w,
              file,
              bundle.events(),
              e ->
                  cells(
                      e.id(),
                      e.date(),
                      e.type(),
                      e.subjectId(),
                      e.agencyId(),
                      e.recordedBy(),
                      e.participants().isEmpty() ? null : String.join(";", e.participants()),
                      e.subtype(),
                      e.value(),
                      e.requestedBy(),
                      e.seenAlone(),
                      e.summary()),
              e -> source(null, null, e.provenance()),
              Event::extra);
      default -> throw new IllegalArgumentException(file);
    }
    w.flush();
  }

  /** The source extension's cells of a row, by column name; absent ones are left out. */
  private static Map<String, String> source(
      List<String> identifiers, String postcode, List<String> provenance) {
    Map<String, String> cells = new LinkedHashMap<>();
    if (identifiers != null && !identifiers.isEmpty()) {
      cells.put("identifiers", String.join(";", identifiers));
    }
    if (postcode != null) {
      cells.put("postcode", postcode);
    }
    if (provenance != null && !provenance.isEmpty()) {
      cells.put("provenance", String.join(";", provenance));
    }
    return cells;
  }

  private static <T> void table(
      Writer w,
      String file,
      List<T> rows,
      Function<T, List<String>> base,
      Function<T, Map<String, String>> source,
      Function<T, Map<String, String>> extra)
      throws IOException {
    List<String> sourceColumns = new ArrayList<>();
    for (String column : BundleLayout.sourceColumns(file)) {
      if (rows.stream().anyMatch(r -> source.apply(r).containsKey(column))) {
        sourceColumns.add(column);
      }
    }
    TreeSet<String> extraColumns = new TreeSet<>();
    rows.forEach(r -> extraColumns.addAll(extra.apply(r).keySet()));
    List<String> header = new ArrayList<>(BundleLayout.columns(file));
    header.addAll(sourceColumns);
    header.addAll(extraColumns);
    Csv.line(w, header);
    for (T row : rows) {
      List<String> cells = base.apply(row);
      Map<String, String> s = source.apply(row);
      sourceColumns.forEach(c -> cells.add(s.getOrDefault(c, "")));
      Map<String, String> x = extra.apply(row);
      extraColumns.forEach(c -> cells.add(x.getOrDefault(c, "")));
      Csv.line(w, cells);
    }
  }

  private static List<String> cells(Object... values) {
    List<String> cells = new ArrayList<>(values.length);
    for (Object v : values) {
      cells.add(v == null ? "" : v.toString());
    }
    return cells;
  }
}

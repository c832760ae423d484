package org.sgnet.sources.ssda903;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sgnet.SgnetException;
import org.sgnet.sources.FormatAdapter;
import org.sgnet.sources.SourceFiles;
import org.sgnet.sources.SourceOptions;
import org.sgnet.sources.SourceRecords;

/**
 * The SSDA903 return of the children looked after by an English local authority, in its CSV set
 * (header, episodes, reviews, missing, social worker episodes, OC2, DoLO and the tables that are
 * only counted) or its XML form ({@code <EXPSSDA903>}). Each file is known by its CSV header or its
 * XML root, whatever its name; a folder is read as one return (its {@code .csv} and {@code .xml}
 * files).
 *
 * <p>The authority's children's social care ({@code la-AUTHORITY}) is the agency of every record.
 * Each child becomes a {@code CHILD} with the ethnicity the return records, each episode a {@code
 * PLACED_WITH} tie with the legal basis of its legal status, each review a looked-after review
 * meeting, each missing episode a {@code MISSING} risk, each social worker episode an {@code
 * INVOLVED} tie. The mapping and its code tables are in {@code docs/sources/ssda903.md}.
 */
public final class Ssda903Adapter extends FormatAdapter {

  /** The format's name as {@code --from} takes it, and the first part of every locator. */
  static final String FORMAT = "ssda903";

  /** The first part of every id the adapter makes, as in {@code 903-566910}. */
  static final String ID_PREFIX = "903";

  /** Creates the adapter; it holds no state between reads. */
  public Ssda903Adapter() {
    // Every read starts afresh: the records of one return depend only on that return.
    super(FORMAT, "the SSDA903 return of children looked after (CSV tables or the EXPSSDA903 XML)");
  }

  @Override
  protected void read(List<Path> paths, SourceOptions options, SourceRecords records) {
    List<Path> files = SourceFiles.expand(paths, "SSDA903 file (.csv or .xml)", "csv", "xml");
    List<Path> xml = files.stream().filter(Ssda903Adapter::isXml).toList();
    if (!xml.isEmpty() && xml.size() != files.size()) {
      // One return is read at a time, and both forms together would be two returns (or one
      // twice): their children would be merged into nonsense.
      throw new SgnetException(
          SgnetException.Kind.INVALID_INPUT,
          xml.get(0).getFileName()
              + ":1: an SSDA903 return is either its CSV files or its XML file, not both: give"
              + " one form at a time");
    }
    List<Ssda903Record> all = new ArrayList<>();
    for (Path file : files) {
      all.addAll(
          xml.contains(file)
              ? XmlReturnReader.read(file, records)
              : CsvReturnReader.read(file, records));
    }
    new ReturnMapper(records, options.authority()).map(all);
  }

  /** Returns whether the file's first character, after a byte-order mark and spaces, is '<'. */
  private static boolean isXml(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(256);
      int i = 0;
      if (head.length >= 3
          && (head[0] & 0xff) == 0xef
          && (head[1] & 0xff) == 0xbb
          && (head[2] & 0xff) == 0xbf) {
        i = 3;
      }
      while (i < head.length && Character.isWhitespace(head[i])) {
        i++;
      }
      return i < head.length && head[i] == '<';
    } catch (IOException e) {
      throw SourceFiles.unreadable(file, e);
    }
  }
}

package org.sgnet.sources.annexa;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.EmptyFileException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.NotOLE2FileException;
import org.apache.poi.poifs.filesystem.OfficeXmlFileException;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.sgnet.SgnetException;
import org.sgnet.sources.FormatAdapter;
import org.sgnet.sources.SourceError;
import org.sgnet.sources.SourceFiles;
import org.sgnet.sources.SourceOptions;
import org.sgnet.sources.SourceRecords;

/**
 * The Ofsted Annex A workbook that a local authority prepares for an inspection of its children's
 * services: one sheet per list (contacts, early help, referrals, assessments, section 47 enquiries,
 * children in need, child protection, children looked after, care leavers, adoption, adopters), one
 * row per child and episode, naming the allocated team and worker (see {@code
 * docs/sources/annex-a.md} for the mapping).
 *
 * <p>Each list's rows give a child (kind {@code CHILD}, id {@code annexa-ID}, identifier {@code
 * la-child:AUTHORITY:ID}), the allocated worker as a professional of the authority's children's
 * social care ({@code la-AUTHORITY}) with an {@code INVOLVED} tie, and the list's dated facts as
 * events and placements. Sheets are recognised by their header row, wherever it is, not by their
 * names.
 */
public final class AnnexAAdapter extends FormatAdapter {

  static final String FORMAT = "annex-a";

  /** Creates the adapter; it holds no state between reads. */
  public AnnexAAdapter() {
    super(
        FORMAT,
        "the Ofsted Annex A workbook (.xlsx): lists 1 to 10 of children with their allocated"
            + " workers, plans, placements and dates");
  }

  @Override
  protected void read(List<Path> paths, SourceOptions options, SourceRecords records) {
    RowMapper mapper = new RowMapper(records, options.authority());
    List<Path> files = SourceFiles.expand(paths, "Annex A workbook (.xlsx)", "xlsx", "xlsm", "xls");
    for (Path file : files) {
      readFile(file, records, mapper);
    }
    mapper.finish();
  }

  private static void readFile(Path file, SourceRecords records, RowMapper mapper) {
    String name = file.getFileName().toString();
    records.opened(name);
    try (Workbook workbook = open(file)) {
      List<SheetTable> tables = new ArrayList<>();
      for (Sheet sheet : workbook) {
        SheetTable table = SheetTable.find(FORMAT, name, sheet);
        if (table != null) {
          tables.add(table);
        }
      }
      if (tables.stream().noneMatch(t -> t.list() != null)) {
        throw new SgnetException(
            SgnetException.Kind.INVALID_INPUT,
            name
                + ":1: not an Annex A workbook: no sheet has a header row with a Child Unique ID"
                + " column and the columns of an Annex A list");
      }
      for (SheetTable table : tables) {
        readSheet(table, name, records, mapper);
      }
    } catch (IOException e) {
      throw SourceFiles.unreadable(file, e);
    }
  }

  private static void readSheet(
      SheetTable table, String name, SourceRecords records, RowMapper mapper) {
    if (table.list() == null) {
      records.refuse(
          new SourceError(
              table.headerAt(),
              null,
              "the sheet has a child id column but is none of the Annex A lists: its rows are"
                  + " not read"));
      return;
    }
    if (table.list() == AnnexList.ADOPTERS) {
      // List 11 is about adopters, not children: nothing of it is imported (see the doc).
      return;
    }
    List<Col> missing = table.missing();
    if (!missing.isEmpty()) {
      records.refuse(
          new SourceError(
              table.headerAt(),
              null,
              "List "
                  + table.list().number()
                  + " ("
                  + table.list().subject()
                  + ") lacks the column(s) "
                  + missing.stream().map(Col::title).collect(Collectors.joining(", "))
                  + ": its rows are not read"));
      return;
    }
    for (SheetTable.SheetRow row : table.rows()) {
      records.counted(name);
      mapper.map(table, row);
    }
  }

  /** Opens a workbook read-only, or says that the file is none. */
  private static Workbook open(Path file) throws IOException {
    String name = file.getFileName().toString();
    // The file's first bytes say whether it is a workbook at all (a CSV or a PDF renamed .xlsx).
    FileMagic magic;
    try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
      magic = FileMagic.valueOf(in);
    } catch (EmptyFileException e) {
      throw notAWorkbook(name, "the file is empty");
    }
    if (magic != FileMagic.OOXML && magic != FileMagic.OLE2) {
      throw notAWorkbook(name, "not an Excel file");
    }
    try {
      return WorkbookFactory.create(file.toFile(), null, true);
    } catch (NotOfficeXmlFileException | OfficeXmlFileException | NotOLE2FileException e) {
      // A zip or OLE2 container that holds no workbook (a Word document, a zip of CSV files).
      throw notAWorkbook(name, "not an Excel file");
    } catch (EncryptedDocumentException e) {
      throw notAWorkbook(name, "the workbook is protected by a password");
    } catch (IOException | RuntimeException e) {
      // A workbook cut short (a download or a copy that stopped) or with a broken part: POI says
      // which part in its own words, which name nothing a user can act on.
      throw notAWorkbook(
          name,
          "the workbook is damaged or incomplete; save it again from the spreadsheet program");
    }
  }

  private static SgnetException notAWorkbook(String name, String why) {
    return new SgnetException(
        SgnetException.Kind.INVALID_INPUT, name + ":1: not an Annex A workbook: " + why);
  }
}

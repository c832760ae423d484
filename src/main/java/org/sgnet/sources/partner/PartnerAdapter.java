package org.sgnet.sources.partner;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sgnet.SgnetException;
import org.sgnet.bundle.PersonKind;
import org.sgnet.bundle.Sector;
import org.sgnet.bundle.Tie;
import org.sgnet.bundle.TieType;
import org.sgnet.sources.Fields;
import org.sgnet.sources.FileByFileAdapter;
import org.sgnet.sources.Identifiers;
import org.sgnet.sources.SourceCsv;
import org.sgnet.sources.SourceIds;
import org.sgnet.sources.SourceOptions;
import org.sgnet.sources.SourcePerson;
import org.sgnet.sources.SourceRecords;

/**
 * A partner agency's list of the children it works with: one CSV row per child and service
 * involvement, naming the agency (a local authority, a school, a practice…) and the contact who
 * works with the child — the shape of the Family Context extracts (see {@code
 * docs/sources/partner.md} for the mapping table).
 *
 * <p>Each row gives a child (kind {@code CHILD}, id {@code partner-FILE-ID}), the agency, a
 * professional (the named contact, or the agency's unnamed contact when the row names none) and an
 * {@code INVOLVED} tie from the professional to the child. The file's name (without its extension)
 * names the system whose ids the rows carry: keep it from one extract to the next, or the same
 * children come in again under new ids.
 */
public final class PartnerAdapter extends FileByFileAdapter {

  static final String FORMAT = "partner";

  /** The columns that name the row's agency, with the sector each implies, in order of choice. */
  static final Map<String, Sector> AGENCY_COLUMNS =
      orderedMap(
          "Agency Name", null,
          "Organisation", null,
          "Local Authority Organisation", Sector.SOCIAL_CARE,
          "School Name", Sector.EDUCATION,
          "GP Practice", Sector.HEALTH,
          "Police Force", Sector.POLICE,
          "Youth Justice Service", Sector.YOUTH_JUSTICE);

  /** The codes of the optional {@code Sector} column: the bundle's sectors and common words. */
  static final Map<String, Sector> SECTORS = sectors();

  /** {@code Service Involvement}: whether the involvement goes on. */
  enum Involvement {
    CURRENT,
    ENDED
  }

  static final Map<String, Involvement> INVOLVEMENT =
      Map.of(
          "CURRENT", Involvement.CURRENT,
          "OPEN", Involvement.CURRENT,
          "HISTORIC", Involvement.ENDED,
          "CLOSED", Involvement.ENDED,
          "NOT SPECIFIED", Involvement.ENDED);

  static final List<String> ID_COLUMNS = List.of("Cms Id", "Person Id", "Child Id");

  private static final Pattern POSTCODE =
      Pattern.compile("\\b([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][A-Z]{2})\\s*$");

  /** Creates the adapter; it holds no state between reads. */
  public PartnerAdapter() {
    super(
        FORMAT,
        "a partner agency's CSV list of the children it works with and their contacts"
            + " (Family Context extract shape)",
        "CSV file",
        "csv");
  }

  @Override
  protected void readFile(Path file, SourceOptions options, SourceRecords records) {
    // The file's name names the system whose ids its rows carry (a short slug of it when long).
    String stem = stem(file);
    String system =
        stem.matches("[A-Za-z0-9_.-]{1,16}") ? stem : SourceIds.named("f", stem).substring(2);
    try (SourceCsv csv = SourceCsv.open(file, FORMAT)) {
      String idColumn = ID_COLUMNS.stream().filter(csv::has).findFirst().orElse(null);
      String agencyColumn =
          AGENCY_COLUMNS.keySet().stream().filter(csv::has).findFirst().orElse(null);
      List<String> missing =
          csv.missing(List.of("First Name", "Last Name", "Date Of Birth", "Service Involvement"));
      if (idColumn == null || agencyColumn == null || !missing.isEmpty()) {
        throw new SgnetException(
            SgnetException.Kind.INVALID_INPUT,
            file.getFileName()
                + ":1: not a partner extract: the header lacks "
                + (idColumn == null ? "an id column (one of " + ID_COLUMNS + ") " : "")
                + (agencyColumn == null
                    ? "an agency column (one of " + AGENCY_COLUMNS.keySet() + ") "
                    : "")
                + (missing.isEmpty() ? "" : String.join(", ", missing)));
      }
      for (SourceCsv.Row row = csv.next(); row != null; row = csv.next()) {
        records.counted(file.getFileName().toString());
        Fields f = Fields.of(records, row);
        if (row.problem() != null) {
          f.refuse(null, row.problem());
          continue;
        }
        readRow(f, system, idColumn, agencyColumn, records);
      }
    }
  }

  private static void readRow(
      Fields f, String system, String idColumn, String agencyColumn, SourceRecords records) {
    String childId = f.id(idColumn, "partner-" + system);
    String first = f.required("First Name");
    String last = f.required("Last Name");
    LocalDate birthDate = f.date("Date Of Birth", true);
    Involvement involvement =
        f.code("Service Involvement", INVOLVEMENT, "service involvement", true);
    String agencyName = f.required(agencyColumn);
    Sector sector = AGENCY_COLUMNS.get(agencyColumn);
    if (f.text("Sector") != null || sector == null) {
      sector = f.code("Sector", SECTORS, "sector", true);
    }
    LocalDate start = f.date("Start Date Of Last Involvement", false);
    LocalDate latest = f.date("Date Of Most Recent Interaction", false);
    // Identifiers are checked before anything is written: a placeholder kept as one would join
    // every child that carries it.
    List<String> identifiers = new java.util.ArrayList<>();
    addIdentifier(identifiers, "upn", Identifiers.upn(f, "UPN"));
    addIdentifier(identifiers, "nhs", Identifiers.nhs(f, "NHS Number"));
    List<String> workerIds = new java.util.ArrayList<>();
    addIdentifier(workerIds, "swe", Identifiers.swe(f, "Social Work England Number"));
    if (!f.ok()) {
      return;
    }
    String agencyId = SourceIds.named("agency", agencyName);
    records.agency(agencyId, agencyName, sector, f.at());
    records.person(
        new SourcePerson(
            childId,
            PersonKind.CHILD,
            first + " " + last,
            birthDate,
            null,
            null,
            identifiers,
            postcode(f.text("Address"), f.text("Postcode")),
            f.at()));
    String contact = f.text("Contact Name");
    String role = f.text("Contact Role");
    String workerId =
        contact == null
            ? SourceIds.named("partner-contact", agencyName)
            : SourceIds.named("partner-worker", agencyName + "|" + SourceIds.normalise(contact));
    records.person(
        new SourcePerson(
            workerId,
            PersonKind.PROFESSIONAL,
            contact == null ? agencyName + " contact" : contact,
            null,
            agencyId,
            role != null ? role : (contact == null ? "Agency contact" : null),
            workerIds,
            null,
            f.at()));
    LocalDate end = null;
    if (involvement == Involvement.ENDED) {
      // The extract says the involvement ended, not when: the latest interaction is the last day
      // it is known to have held (never before its start).
      end = latest != null ? latest : start;
      if (end != null && start != null && end.isBefore(start)) {
        end = start;
      }
    }
    records.tie(
        new Tie(
            TieType.INVOLVED,
            workerId,
            childId,
            start,
            end,
            null,
            null,
            false,
            Map.of(),
            List.of()),
        f.at());
  }

  /**
   * Returns the postcode column's postcode, or else the one in the address: a postcode column
   * holding no postcode (a typo, {@code unknown}) does not hide the address's.
   */
  static String postcode(String address, String postcode) {
    String column = postcodeIn(postcode);
    return column != null ? column : postcodeIn(address);
  }

  private static String postcodeIn(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = POSTCODE.matcher(text.toUpperCase(Locale.ROOT).strip());
    return m.find() ? m.group(1) + " " + m.group(2) : null;
  }

  private static void addIdentifier(List<String> identifiers, String scheme, String value) {
    if (value != null && !value.isBlank() && !value.contains(";")) {
      identifiers.add(scheme + ":" + value.strip().toUpperCase(Locale.ROOT));
    }
  }

  private static String stem(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static Map<String, Sector> sectors() {
    Map<String, Sector> m = new java.util.HashMap<>();
    for (Sector s : Sector.values()) {
      m.put(s.name(), s);
    }
    m.put("SOCIAL CARE", Sector.SOCIAL_CARE);
    m.put("CHILDREN'S SOCIAL CARE", Sector.SOCIAL_CARE);
    m.put("SCHOOL", Sector.EDUCATION);
    m.put("NHS", Sector.HEALTH);
    m.put("YOUTH JUSTICE", Sector.YOUTH_JUSTICE);
    m.put("YOT", Sector.YOUTH_JUSTICE);
    m.put("MENTAL HEALTH", Sector.MENTAL_HEALTH);
    return Map.copyOf(m);
  }

  private static Map<String, Sector> orderedMap(Object... pairs) {
    Map<String, Sector> m = new java.util.LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((String) pairs[i], (Sector) pairs[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(m);
  }
}

package org.sgnet.sources.ssd;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sgnet.bundle.EventType;
import org.sgnet.bundle.PersonKind;
import org.sgnet.bundle.Tie;
import org.sgnet.bundle.TieType;
import org.sgnet.sources.Fields;
import org.sgnet.sources.Identifiers;
import org.sgnet.sources.Locator;
import org.sgnet.sources.SourceError;
import org.sgnet.sources.SourceIds;
import org.sgnet.sources.SourcePerson;
import org.sgnet.sources.SourceRecords;

/**
 * The people of an SSD export: children ({@code ssd_person}, {@code ssd_linked_identifiers}),
 * professionals ({@code ssd_professionals} with their teams from {@code ssd_department}), siblings
 * ({@code ssd_family}), who works with whom ({@code ssd_involvements}) and each child's recorded
 * ethnicity.
 */
final class SsdPeople {

  private static final Pattern NI = Pattern.compile("[A-Z]{2}[0-9]{6}[A-D]");
  private static final Pattern LOCAL_REFERENCE = Pattern.compile("[A-Z0-9./-]{1,30}");

  /** A child's ethnicity, recorded once the child's dated records are known. */
  private record Ethnicity(String childId, String code, LocalDate birthDate, Locator at) {}

  private final SsdContext ctx;
  private final List<Ethnicity> ethnicities = new ArrayList<>();

  SsdPeople(SsdContext ctx) {
    this.ctx = ctx;
  }

  /** Maps the children, professionals, families and linked identifiers. */
  void map() {
    professionals(teams());
    children();
    linkedIdentifiers();
    families();
    involvements();
  }

  private Map<String, String> teams() {
    Map<String, String> names = new HashMap<>();
    for (Fields f : ctx.rows(SsdTable.DEPARTMENT)) {
      String id = f.required("dept_team_id");
      String name = f.required("dept_team_name");
      if (f.ok()) {
        names.putIfAbsent(id, name);
      }
    }
    return names;
  }

  private void professionals(Map<String, String> teams) {
    Set<String> professionalIds = new HashSet<>();
    for (Fields f : ctx.rows(SsdTable.PROFESSIONALS)) {
      String id = SsdContext.rowId(f, "prof_professional_id", "ssd.prof", professionalIds);
      String swe = Identifiers.swe(f, "prof_social_worker_registration_no");
      if (!f.ok()) {
        continue;
      }
      String team = f.text("prof_professional_department");
      List<String> role = new ArrayList<>();
      if (f.text("prof_professional_job_title") != null) {
        role.add(f.text("prof_professional_job_title"));
      }
      if (team != null) {
        role.add(teams.getOrDefault(team, team));
      }
      ctx.agency(f.at());
      ctx.professionalDescribed(id);
      ctx.records.person(
          new SourcePerson(
              id,
              PersonKind.PROFESSIONAL,
              f.text("prof_professional_name"),
              null,
              ctx.agencyId,
              role.isEmpty() ? null : String.join(", ", role),
              swe == null ? List.of() : List.of("swe:" + swe),
              null,
              f.at()));
    }
  }

  private void children() {
    Set<String> personIds = new HashSet<>();
    for (Fields f : ctx.rows(SsdTable.PERSON)) {
      String id = SsdContext.rowId(f, "pers_person_id", "ssd", personIds);
      LocalDate birthDate = f.date("pers_dob", false);
      String upn = Identifiers.upn(f, "pers_upn");
      String nhs = Identifiers.nhs(f, "pers_single_unique_id");
      Optional<String> ethnicity = f.code("pers_ethnicity", SsdCodes.ETHNICITY, "ethnicity", false);
      if (!f.ok()) {
        continue;
      }
      List<String> identifiers = new ArrayList<>();
      identifiers.add("la-child:" + ctx.authority + ":" + f.text("pers_person_id"));
      if (upn != null) {
        identifiers.add("upn:" + upn);
      }
      if (nhs != null) {
        identifiers.add("nhs:" + nhs);
      }
      String name =
          String.join(
                  " ",
                  List.of(
                      Optional.ofNullable(f.text("pers_forename")).orElse(""),
                      Optional.ofNullable(f.text("pers_surname")).orElse("")))
              .strip();
      ctx.defineChild(id);
      ctx.records.person(
          new SourcePerson(
              id,
              PersonKind.CHILD,
              name.isEmpty() ? null : name,
              birthDate,
              null,
              null,
              identifiers,
              null,
              f.at()));
      if (ethnicity != null && ethnicity.isPresent()) {
        ethnicities.add(new Ethnicity(id, ethnicity.get(), birthDate, f.at()));
      }
    }
  }

  private void linkedIdentifiers() {
    for (Fields f : ctx.rows(SsdTable.LINKED_IDENTIFIERS)) {
      String child = ctx.child(f, "link_person_id");
      Optional<SsdCodes.LinkScheme> scheme =
          f.code("link_identifier_type", SsdCodes.LINK_TYPE, "linked identifier type", true);
      String identifier = null;
      if (scheme != null && scheme.isPresent()) {
        identifier = identifier(f, scheme.get());
      }
      if (!f.ok() || identifier == null) {
        // A case, court case or incident reference names no one person: nothing to add.
        continue;
      }
      ctx.records.person(
          new SourcePerson(
              child, PersonKind.CHILD, null, null, null, null, List.of(identifier), null, f.at()));
    }
  }

  private String identifier(Fields f, SsdCodes.LinkScheme scheme) {
    String field = "link_identifier_value";
    if (f.text(field) == null) {
      f.required(field);
      return null;
    }
    String value = f.text(field).replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    switch (scheme) {
      case UPN:
        String upn = Identifiers.upn(f, field);
        return upn == null ? null : "upn:" + upn;
      case NHS:
        String nhs = Identifiers.nhs(f, field);
        return nhs == null ? null : "nhs:" + nhs;
      case NI:
        if (!NI.matcher(value).matches()) {
          f.refuse(field, "is not a National Insurance number (two letters, 6 digits, A to D)");
          return null;
        }
        return "ni:" + value;
      case HOME_OFFICE:
      case YOT:
        if (!LOCAL_REFERENCE.matcher(value).matches()) {
          f.refuse(field, "is not a reference sgnet can keep: 1 to 30 letters, digits and . / -");
          return null;
        }
        // A YOT number is the youth offending team's own, so it is kept within the authority.
        return scheme == SsdCodes.LinkScheme.YOT
            ? "yot:" + ctx.authority + ":" + value
            : "home-office:" + value;
      default:
        throw new IllegalStateException("every scheme is mapped above");
    }
  }

  private void families() {
    // The SSD has no relationship table: children of one family group are taken for siblings.
    Map<String, Map<String, Locator>> groups = new LinkedHashMap<>();
    for (Fields f : ctx.rows(SsdTable.FAMILY)) {
      String family = f.required("fami_family_id");
      String child = ctx.child(f, "fami_person_id");
      if (f.ok()) {
        groups.computeIfAbsent(family, k -> new LinkedHashMap<>()).putIfAbsent(child, f.at());
      }
    }
    for (Map<String, Locator> members : groups.values()) {
      List<String> ids = new ArrayList<>(members.keySet());
      for (int i = 0; i < ids.size(); i++) {
        for (int j = i + 1; j < ids.size(); j++) {
          ctx.records.tie(
              new Tie(
                  TieType.SIBLING,
                  ids.get(i),
                  ids.get(j),
                  null,
                  null,
                  null,
                  null,
                  null,
                  Map.of(),
                  List.of()),
              members.get(ids.get(j)));
        }
      }
    }
  }

  private void involvements() {
    for (Fields f : ctx.rows(SsdTable.INVOLVEMENTS)) {
      String child = ctx.child(f, "invo_person_id");
      String worker = f.id("invo_professional_id", "ssd.prof");
      SsdContext.Span span =
          SsdContext.span(f, "invo_involvement_start_date", false, "invo_involvement_end_date");
      if (!f.ok()) {
        continue;
      }
      String role = f.text("invo_professional_role_id");
      boolean lead = role != null && SsdCodes.LEAD_ROLES.contains(role.toUpperCase(Locale.ROOT));
      ctx.professional(worker, f.at());
      ctx.records.tie(
          new Tie(
              TieType.INVOLVED,
              worker,
              child,
              span.start(),
              span.end(),
              null,
              null,
              lead,
              Map.of(),
              List.of()),
          f.at());
    }
  }

  /**
   * Records each child's ethnicity on the date of the child's earliest dated record of the export
   * (the SSD does not date it), or else their birth date. Called once every table is mapped.
   */
  void ethnicity(SourceRecords records) {
    Map<String, LocalDate> first = new HashMap<>();
    records.events().forEach(e -> first.merge(e.row().subjectId(), e.row().date(), SsdPeople::min));
    for (SourceRecords.Located<Tie> t : records.ties()) {
      String child = t.row().type() == TieType.PLACED_WITH ? t.row().fromId() : t.row().toId();
      if (t.row().startDate() != null) {
        first.merge(child, t.row().startDate(), SsdPeople::min);
      }
    }
    Set<String> done = new LinkedHashSet<>();
    for (Ethnicity e : ethnicities) {
      LocalDate date = first.getOrDefault(e.childId(), e.birthDate());
      if (date == null) {
        records.refuse(
            new SourceError(
                e.at(),
                "pers_ethnicity",
                "is not imported: the child has no birth date and no dated record to date it by"));
        continue;
      }
      String id = SourceIds.id("ssd-ethnicity", e.childId().substring(4), e.code());
      if (id == null) {
        records.refuse(
            new SourceError(
                e.at(),
                "pers_ethnicity",
                "is not imported: the person id is too long to derive an event id from it"));
        continue;
      }
      if (!done.add(id)) {
        continue;
      }
      ctx.event(
          e.at(),
          id,
          date,
          EventType.ETHNICITY_RECORDED,
          e.childId(),
          null,
          null,
          e.code(),
          null,
          "Ethnicity in ssd_person");
    }
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}

package org.sgnet.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sgnet.bundle.Agency;
import org.sgnet.bundle.Bundle;
import org.sgnet.bundle.Event;
import org.sgnet.bundle.EventType;
import org.sgnet.bundle.LegalBasis;
import org.sgnet.bundle.MeetingSubtype;
import org.sgnet.bundle.Person;
import org.sgnet.bundle.PersonKind;
import org.sgnet.bundle.RequestedBy;
import org.sgnet.bundle.Sector;
import org.sgnet.bundle.Tie;
import org.sgnet.bundle.TieType;

/**
 * Reads the Child J demo bundle from the class path for tests, trusting that it is valid (the
 * project's BundleReader validates bundles; here only quoting and empty cells matter).
 */
public final class DemoBundleCsv {

  private DemoBundleCsv() {}

  public static Bundle childJ() {
    String dir = "/demo/child-j/";
    List<Agency> agencies = new ArrayList<>();
    for (Map<String, String> r : rows(dir + "agencies.csv")) {
      agencies.add(
          new Agency(r.get("agency_id"), r.get("name"), Sector.valueOf(r.get("sector")), Map.of()));
    }
    List<Person> people = new ArrayList<>();
    for (Map<String, String> r : rows(dir + "people.csv")) {
      people.add(
          new Person(
              r.get("person_id"),
              PersonKind.valueOf(r.get("kind")),
              r.get("name"),
              date(r.get("birth_date")),
              r.get("agency_id"),
              r.get("role"),
              Map.of()));
    }
    List<Tie> ties = new ArrayList<>();
    for (Map<String, String> r : rows(dir + "relationships.csv")) {
      TieType type = TieType.valueOf(r.get("type"));
      ties.add(
          new Tie(
              type,
              r.get("from_id"),
              r.get("to_id"),
              date(r.get("start_date")),
              date(r.get("end_date")),
              bool(r.get("parental_responsibility")),
              r.get("legal_basis") == null ? null : LegalBasis.valueOf(r.get("legal_basis")),
              type == TieType.INVOLVED ? "true".equals(r.get("lead")) : null,
              Map.of()));
    }
    List<Event> events = new ArrayList<>();
    for (Map<String, String> r : rows(dir + "events.csv")) {
      List<String> participants = new ArrayList<>();
      if (r.get("participants") != null) {
        for (String p : r.get("participants").split(";")) {
          participants.add(p.strip());
        }
      }
      events.add(
          new Event(
              r.get("event_id"),
              date(r.get("date")),
              EventType.valueOf(r.get("type")),
              r.get("subject_id"),
              r.get("agency_id"),
              r.get("recorded_by"),
              participants,
              r.get("subtype") == null ? null : MeetingSubtype.valueOf(r.get("subtype")),
              r.get("value"),
              r.get("requested_by") == null ? null : RequestedBy.valueOf(r.get("requested_by")),
              bool(r.get("seen_alone")),
              r.get("summary"),
              Map.of()));
    }
    return new Bundle(agencies, people, ties, events);
  }

  private static LocalDate date(String s) {
    return s == null ? null : LocalDate.parse(s);
  }

  private static Boolean bool(String s) {
    return s == null ? null : Boolean.valueOf(s);
  }

  private static List<Map<String, String>> rows(String resource) {
    String text;
    try (InputStream in = DemoBundleCsv.class.getResourceAsStream(resource)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<List<String>> records = parse(text);
    List<String> header = records.get(0);
    List<Map<String, String>> rows = new ArrayList<>();
    for (List<String> rec : records.subList(1, records.size())) {
      Map<String, String> row = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        String cell = i < rec.size() ? rec.get(i).strip() : "";
        row.put(header.get(i), cell.isEmpty() ? null : cell);
      }
      rows.add(row);
    }
    return rows;
  }

  /** RFC 4180: quoted cells may hold commas, line breaks and doubled quotes. */
  private static List<List<String>> parse(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        record.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        record.add(cell.toString());
        cell.setLength(0);
        records.add(record);
        record = new ArrayList<>();
      } else {
        cell.append(c);
      }
    }
    if (cell.length() > 0 || !record.isEmpty()) {
      record.add(cell.toString());
      records.add(record);
    }
    return records;
  }
}

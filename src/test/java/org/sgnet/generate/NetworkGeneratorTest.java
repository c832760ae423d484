package org.sgnet.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sgnet.bundle.Bundle;
import org.sgnet.bundle.BundleInvalidException;
import org.sgnet.bundle.BundleReader;
import org.sgnet.bundle.EventType;
import org.sgnet.bundle.LegalBasis;
import org.sgnet.bundle.MeetingSubtype;
import org.sgnet.bundle.PersonKind;
import org.sgnet.bundle.Sector;

class NetworkGeneratorTest {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  @TempDir Path tmp;

  @Test
  void shouldWriteByteIdenticalFilesForTheSameSeed() throws IOException {
    Path a = generate("a", 300, 42);
    Path b = generate("b", 300, 42);

    for (String file : NetworkGenerator.FILES) {
      assertThat(Files.readAllBytes(b.resolve(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(a.resolve(file)));
    }
  }

  @Test
  void shouldWriteAnotherBundleForAnotherSeed() throws IOException {
    Path a = generate("a", 300, 42);
    Path b = generate("b", 300, 43);

    assertThat(Files.readAllBytes(b.resolve("events.csv")))
        .isNotEqualTo(Files.readAllBytes(a.resolve("events.csv")));
    assertThat(Files.readAllBytes(b.resolve("relationships.csv")))
        .isNotEqualTo(Files.readAllBytes(a.resolve("relationships.csv")));
  }

  @Test
  void shouldScaleRowsWithChildrenAtAboutThirtyEventsEach() throws IOException {
    NetworkGenerator.Summary small =
        new NetworkGenerator(250, 7).generate(tmp.resolve("s"), NetworkGenerator.Progress.NONE);
    NetworkGenerator.Summary large =
        new NetworkGenerator(2_000, 7).generate(tmp.resolve("l"), NetworkGenerator.Progress.NONE);

    assertThat(small.events() / 250.0).isBetween(27.0, 33.0);
    assertThat(large.events() / 2_000.0).isBetween(27.0, 33.0);
    assertThat((double) large.people() / small.people()).isBetween(6.0, 10.0);
    assertThat((double) large.relationships() / small.relationships()).isBetween(6.0, 10.0);
    assertThat(large.agencies()).isGreaterThan(small.agencies());
    assertThat(rows(tmp.resolve("l"), "people.csv").stream().filter(r -> r.get(1).equals("CHILD")))
        .hasSize(2_000);
  }

  @Test
  void shouldFollowTheEventRateAskedFor() throws IOException {
    NetworkGenerator.Summary s =
        new NetworkGenerator(500, 7, 4).generate(tmp.resolve("r"), NetworkGenerator.Progress.NONE);

    assertThat(s.events() / 500.0).isBetween(10.0, 16.0);
  }

  @Test
  void shouldReportProgressUpToEveryChild() throws IOException {
    List<Long> done = new ArrayList<>();
    new NetworkGenerator(50, 1).generate(tmp.resolve("p"), (d, total) -> done.add(d));

    assertThat(done).isSorted().last().isEqualTo(50L);
  }

  @Test
  void shouldRejectNoChildren() {
    assertThatThrownBy(() -> new NetworkGenerator(0, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new NetworkGenerator(1, 1, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldUseEveryKindSectorLegalBasisEventTypeAndMeetingSubtype() throws IOException {
    Path dir = generate("all", 1_000, 3);

    assertThat(column(dir, "agencies.csv", 2)).containsAll(names(Sector.values()));
    assertThat(column(dir, "people.csv", 1)).containsAll(names(PersonKind.values()));
    assertThat(column(dir, "relationships.csv", 6)).containsAll(names(LegalBasis.values()));
    assertThat(column(dir, "events.csv", 2)).containsAll(names(EventType.values()));
    assertThat(column(dir, "events.csv", 7)).containsAll(names(MeetingSubtype.values()));
    assertThat(column(dir, "events.csv", 9)).contains("CHILD", "FAMILY", "SERVICE");
    assertThat(column(dir, "events.csv", 10)).contains("true", "false");
    assertThat(column(dir, "relationships.csv", 7)).contains("true", "false");
    assertThat(column(dir, "events.csv", 1)).contains(NetworkGenerator.END.toString());
  }

  @Test
  void shouldKeepSocialWorkersCaseloadsBetweenFifteenAndTwentyFive() throws IOException {
    Path dir = generate("caseload", 3_000, 5);
    Map<String, Integer> load = new HashMap<>();
    for (List<String> t : rows(dir, "relationships.csv")) {
      if (t.get(0).equals("INVOLVED") && t.get(1).contains("-sw") && t.get(4).isEmpty()) {
        load.merge(t.get(1), 1, Integer::sum);
      }
    }
    // The last worker of each authority takes whoever is left, so it alone may hold fewer.
    List<Integer> loads = new ArrayList<>(load.values());
    loads.sort(null);
    assertThat(loads.get(loads.size() - 1)).isLessThanOrEqualTo(25);
    assertThat(loads.subList(2, loads.size())).allSatisfy(n -> assertThat(n).isGreaterThan(10));
  }

  @Test
  void shouldBeReadWithoutAnyErrorByTheBundleReader() throws IOException {
    Path dir = generate("read", 200, 13);

    Bundle bundle;
    try {
      bundle = new BundleReader().read(dir);
    } catch (BundleInvalidException e) {
      throw new AssertionError(e.errors().stream().limit(20).toList().toString(), e);
    }

    assertThat(bundle.people()).filteredOn(p -> p.kind() == PersonKind.CHILD).hasSize(200);
    assertThat(bundle.events()).hasSizeBetween(200 * 27, 200 * 33);
  }

  /**
   * The format's rules checked independently of the bundle reader, on a larger bundle: ids, kinds
   * at both ends of each tie, columns required or not allowed per type, references, and dates.
   */
  @Test
  void shouldWriteAValidBundle() throws IOException {
    Path dir = generate("valid", 1_000, 11);
    List<String> errors = new ArrayList<>();

    Set<String> agencies = new HashSet<>();
    for (List<String> a : rows(dir, "agencies.csv")) {
      check(errors, ID.matcher(a.get(0)).matches() && agencies.add(a.get(0)), "agency id", a);
      check(errors, !a.get(1).isEmpty(), "agency name", a);
    }
    Map<String, String> kinds = new HashMap<>();
    for (List<String> p : rows(dir, "people.csv")) {
      check(errors, ID.matcher(p.get(0)).matches(), "person id", p);
      check(errors, kinds.put(p.get(0), p.get(1)) == null, "duplicate person", p);
      check(errors, !p.get(2).isEmpty(), "name", p);
      check(
          errors,
          p.get(1).equals("PROFESSIONAL") ? agencies.contains(p.get(4)) : p.get(4).isEmpty(),
          "agency_id",
          p);
      if (!p.get(3).isEmpty()) {
        LocalDate.parse(p.get(3));
      }
    }
    Map<String, String[]> ends =
        Map.of(
            "SIBLING", new String[] {"CHILD", "CHILD"},
            "PARENT", new String[] {"FAMILY", "CHILD"},
            "PLACED_WITH", new String[] {"CHILD", "FAMILY CARER OTHER"},
            "INVOLVED", new String[] {"PROFESSIONAL", "CHILD"});
    for (List<String> t : rows(dir, "relationships.csv")) {
      String[] kind = ends.get(t.get(0));
      check(errors, kind != null, "tie type", t);
      check(errors, kind[0].equals(kinds.get(t.get(1))), "from kind", t);
      check(errors, kind[1].contains(String.valueOf(kinds.get(t.get(2)))), "to kind", t);
      check(errors, !t.get(1).equals(t.get(2)), "tie to self", t);
      if (!t.get(3).isEmpty() && !t.get(4).isEmpty()) {
        check(errors, !LocalDate.parse(t.get(4)).isBefore(LocalDate.parse(t.get(3))), "end", t);
      }
      check(errors, t.get(0).equals("PARENT") != t.get(5).isEmpty(), "responsibility", t);
      check(errors, t.get(0).equals("PLACED_WITH") != t.get(6).isEmpty(), "legal_basis", t);
      check(errors, t.get(0).equals("INVOLVED") || t.get(7).isEmpty(), "lead", t);
    }
    Set<String> events = new HashSet<>();
    for (List<String> e : rows(dir, "events.csv")) {
      String type = e.get(2);
      check(errors, ID.matcher(e.get(0)).matches() && events.add(e.get(0)), "event id", e);
      LocalDate.parse(e.get(1));
      EventType.valueOf(type);
      check(errors, "CHILD".equals(kinds.get(e.get(3))), "subject", e);
      check(errors, agencies.contains(e.get(4)), "agency", e);
      check(
          errors,
          e.get(5).isEmpty() || "PROFESSIONAL".equals(kinds.get(e.get(5))),
          "recorded_by",
          e);
      if (e.get(6).isEmpty()) {
        check(errors, !type.equals("CONTACT") && !type.equals("REQUEST"), "participants", e);
      } else {
        for (String p : e.get(6).split(";", -1)) {
          check(errors, kinds.containsKey(p), "participant", e);
        }
      }
      check(errors, type.equals("MEETING") != e.get(7).isEmpty(), "subtype", e);
      check(
          errors,
          Set.of("ETHNICITY_RECORDED", "RISK", "DECISION").contains(type) != e.get(8).isEmpty(),
          "value",
          e);
      check(errors, type.equals("CONTACT") || e.get(9).isEmpty(), "requested_by", e);
      check(errors, type.equals("VISIT") != e.get(10).isEmpty(), "seen_alone", e);
    }
    assertThat(errors).isEmpty();
  }

  private Path generate(String name, int children, long seed) throws IOException {
    Path dir = tmp.resolve(name);
    new NetworkGenerator(children, seed).generate(dir, NetworkGenerator.Progress.NONE);
    return dir;
  }

  private static void check(List<String> errors, boolean ok, String what, List<String> row) {
    if (!ok && errors.size() < 20) {
      errors.add(what + ": " + row);
    }
  }

  private static Set<String> column(Path dir, String file, int column) throws IOException {
    Set<String> values = new TreeSet<>();
    for (List<String> row : rows(dir, file)) {
      values.add(row.get(column));
    }
    return values;
  }

  private static List<String> names(Enum<?>[] values) {
    List<String> names = new ArrayList<>();
    for (Enum<?> v : values) {
      names.add(v.name());
    }
    return names;
  }

  /** The data rows of a generated file: RFC 4180, CRLF line ends, no line breaks in cells. */
  private static List<List<String>> rows(Path dir, String file) throws IOException {
    List<String> lines = Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8);
    int columns = cells(lines.get(0)).size();
    List<List<String>> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      List<String> cells = cells(line);
      assertThat(cells).as(file + ": " + line).hasSize(columns);
      rows.add(cells);
    }
    return rows;
  }

  private static List<String> cells(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
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
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }
}

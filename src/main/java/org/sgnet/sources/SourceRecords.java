package org.sgnet.sources;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sgnet.bundle.Event;
import org.sgnet.bundle.Sector;
import org.sgnet.bundle.Tie;

/**
 * What an adapter read from its source: agencies, people, ties and events in the case-bundle model,
 * each with the record it came from, and every refused record with its reason.
 *
 * <p>Ids here are the adapter's own (valid bundle ids such as {@code 903-566910}); identities are
 * matched afterwards by {@link IdentityResolver}. Ties and events name people and agencies by these
 * ids; one that names an id no record defined is refused there, so an adapter that refuses a
 * child's record need not chase what refers to it.
 *
 * <p>Not thread-safe: one adapter fills it, then it is read.
 */
public final class SourceRecords {

  /** A row of the bundle model and the record it came from. */
  public record Located<T>(T row, Locator at) {
    public Located {
      Objects.requireNonNull(row, "row");
      Objects.requireNonNull(at, "at");
    }
  }

  /** An agency and the records that named it. */
  public record SourceAgency(String id, String name, Sector sector, Locator at) {
    public SourceAgency {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(sector, "sector");
      Objects.requireNonNull(at, "at");
    }
  }

  private final String format;
  private final Map<String, SourceAgency> agencies = new LinkedHashMap<>();
  private final List<SourcePerson> people = new ArrayList<>();
  private final List<Located<Tie>> ties = new ArrayList<>();
  private final List<Located<Event>> events = new ArrayList<>();
  private final List<SourceError> errors = new ArrayList<>();
  private final Map<String, Integer> recordsByFile = new LinkedHashMap<>();

  /**
   * @param format the source format these records come from, such as {@code ssda903}
   */
  public SourceRecords(String format) {
    this.format = Objects.requireNonNull(format, "format");
  }

  /** Returns the source format. */
  public String format() {
    return format;
  }

  /**
   * Adds an agency; an agency named again by id keeps its first name and record (a return names its
   * authority on every row).
   */
  public void agency(String id, String name, Sector sector, Locator at) {
    agencies.putIfAbsent(id, new SourceAgency(id, name, sector, at));
  }

  /**
   * Adds a person. The same id may be added from several records (a child's header and each of
   * their episodes): they are one person, whose known fields are merged.
   */
  public void person(SourcePerson person) {
    people.add(Objects.requireNonNull(person, "person"));
  }

  /** Adds a tie between people of these records; its provenance is filled from {@code at}. */
  public void tie(Tie tie, Locator at) {
    ties.add(new Located<>(tie, at));
  }

  /** Adds an event about a child of these records; its provenance is filled from {@code at}. */
  public void event(Event event, Locator at) {
    events.add(new Located<>(event, at));
  }

  /** Refuses a record: it becomes nothing in the network, and the error says why. */
  public void refuse(SourceError error) {
    errors.add(Objects.requireNonNull(error, "error"));
  }

  /**
   * Notes that the file is read, so that the summary lists it with 0 records when it holds none (a
   * header alone).
   */
  public void opened(String file) {
    recordsByFile.putIfAbsent(file, 0);
  }

  /**
   * Counts a record read from a file, refused or not, for the summary of what came in.
   *
   * @param file the file's name
   */
  public void counted(String file) {
    recordsByFile.merge(file, 1, Integer::sum);
  }

  /** Returns the agencies, in the order first named. */
  public List<SourceAgency> agencies() {
    return List.copyOf(agencies.values());
  }

  /** Returns the people's records, in the order added. */
  public List<SourcePerson> people() {
    return Collections.unmodifiableList(people);
  }

  /** Returns the ties, in the order added. */
  public List<Located<Tie>> ties() {
    return Collections.unmodifiableList(ties);
  }

  /** Returns the events, in the order added. */
  public List<Located<Event>> events() {
    return Collections.unmodifiableList(events);
  }

  /** Returns the refused records' errors, in the order found. */
  public List<SourceError> errors() {
    return Collections.unmodifiableList(errors);
  }

  /** Returns how many records each file held, by file name in the order read. */
  public Map<String, Integer> recordsByFile() {
    return Collections.unmodifiableMap(recordsByFile);
  }
}

package org.sgnet.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.sgnet.bundle.BundleLayout;

/**
 * Writes a synthetic, valid case bundle ({@code shared/spec/case-bundle.md}) of any number of
 * children: local authorities with agencies of every sector, families of one to four siblings,
 * parents and carers, placements of every legal basis, professionals with realistic caseloads and
 * about ten chronology entries per child per year over the three years up to a fixed end date.
 *
 * <p>The same children, seed and rate give byte-identical files: one seeded {@code Dice} drives
 * everything, in a fixed order, and no hash ordering is involved. What happens in a family, and how
 * often, is the business of the scenarios that {@code Families} runs in turn, with every
 * probability taken from {@code Odds}. Rows are written as each family is generated, so memory
 * stays flat from a hundred children to the 400,000 children in need of England.
 */
public final class NetworkGenerator {

  /** The files of a generated bundle, in the order they are listed. */
  public static final List<String> FILES = BundleLayout.FILES;

  /** Opens the writer of the bundle's file number {@code i}, its header from the format. */
  private static <R extends Row> CsvRows<R> rows(Path dir, int i, Text text) throws IOException {
    String file = FILES.get(i);
    return new CsvRows<>(
        dir.resolve(file), text, BundleLayout.columns(file).toArray(String[]::new));
  }

  /** The last day of every generated chronology: fixed, so that output depends on the seed only. */
  public static final LocalDate END = LocalDate.of(2025, 12, 31);

  /** The chronology entries per child per year unless told otherwise. */
  public static final double DEFAULT_EVENTS_PER_YEAR = 10;

  /** Years of chronology up to {@link #END}. */
  public static final int YEARS = 3;

  /** Children served by one generated local authority, about the size of a real one's caseload. */
  static final int CHILDREN_PER_AUTHORITY = 2_500;

  /** Told after each family how far generation is. */
  @FunctionalInterface
  public interface Progress {
    /** Reports nothing. */
    Progress NONE = (done, total) -> {};

    /**
     * @param childrenDone children written so far
     * @param childrenTotal children asked for
     */
    void advanced(long childrenDone, long childrenTotal);
  }

  /**
   * What a run wrote.
   *
   * @param agencies rows of agencies.csv
   * @param people rows of people.csv
   * @param relationships rows of relationships.csv
   * @param events rows of events.csv
   * @param millis how long writing took
   */
  public record Summary(long agencies, long people, long relationships, long events, long millis) {

    /** Returns the data rows of every file together. */
    public long rows() {
      return agencies + people + relationships + events;
    }
  }

  private final int children;
  private final long seed;
  private final double eventsPerYear;
  private final Odds odds;

  /**
   * @param children how many children, at least 1
   * @param seed the seed: the same seed gives the same bundle
   * @param eventsPerYear chronology entries per child per year on average, more than 0
   */
  public NetworkGenerator(int children, long seed, double eventsPerYear) {
    this(children, seed, eventsPerYear, Odds.DEFAULT);
  }

  /**
   * A generator with other odds than {@link Odds#DEFAULT}.
   *
   * @param odds every probability and tuning number of the scenarios
   */
  NetworkGenerator(int children, long seed, double eventsPerYear, Odds odds) {
    if (children < 1) {
      throw new IllegalArgumentException("children must be at least 1");
    }
    if (!(eventsPerYear > 0) || eventsPerYear > 1000) {
      throw new IllegalArgumentException("eventsPerYear must be more than 0 and at most 1000");
    }
    this.children = children;
    this.seed = seed;
    this.eventsPerYear = eventsPerYear;
    this.odds = java.util.Objects.requireNonNull(odds, "odds");
  }

  /** A generator with {@link #DEFAULT_EVENTS_PER_YEAR}. */
  public NetworkGenerator(int children, long seed) {
    this(children, seed, DEFAULT_EVENTS_PER_YEAR);
  }

  /**
   * Writes the bundle's four files into {@code dir}, creating it if needed and replacing files of
   * the same names.
   */
  public Summary generate(Path dir, Progress progress) throws IOException {
    long started = System.nanoTime();
    Files.createDirectories(dir);
    Dice dice = new Dice(seed);
    Period period = Period.of(END, YEARS, odds.window().days());
    Text text = new Text(END);
    int authorities = Math.max(1, Math.round(children / (float) CHILDREN_PER_AUTHORITY));
    try (CsvRows<Authority.Org> agencies = rows(dir, 0, text);
        CsvRows<PersonRow> people = rows(dir, 1, text);
        CsvRows<TieRow> ties = rows(dir, 2, text);
        CsvRows<EventRow> events = rows(dir, 3, text)) {
      Families families =
          new Families(dice, odds, period, people, ties, events, eventsPerYear * YEARS);
      int child = 1;
      int family = 1;
      for (int a = 1; a <= authorities; a++) {
        // Children split evenly; the first authorities take one more when it does not divide.
        int size = children / authorities + (a <= children % authorities ? 1 : 0);
        Authority la = new Authority(a, size, people);
        for (Authority.Org o : la.agencies) {
          agencies.add(o);
        }
        int left = size;
        while (left > 0) {
          int siblings = Math.min(left, dice.any(odds.household().siblingGroup()));
          families.generate(la, family++, child, siblings);
          child += siblings;
          left -= siblings;
          progress.advanced(child - 1L, children);
        }
      }
      agencies.close();
      people.close();
      ties.close();
      events.close();
      return new Summary(
          agencies.rows(),
          people.rows(),
          ties.rows(),
          events.rows(),
          (System.nanoTime() - started) / 1_000_000);
    }
  }
}

package org.sgnet.sources.ssda903;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a synthetic SSDA903 CSV return (header, episodes, reviews, missing, social worker
 * episodes) for tests and the benchmark: the same children for the same seed, every code valid, in
 * the proportions of a real return (about 3 episodes and 4 reviews a child, a child in ten missing
 * at least once, one or two social workers a child from a pool of about one worker for 15
 * children). The return's year ends on 31 March 2025; nobody in it is real.
 */
public final class Ssda903Returns {

  /** The last day of the return's year. */
  static final LocalDate YEAR_END = LocalDate.of(2025, 3, 31);

  private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private static final String[] ETHNIC = {
    "WBRI", "WBRI", "WBRI", "WBRI", "WBRI", "WBRI", "WBRI", "WBRI", "WBRI", "WBRI", "WBRI", "WBRI",
    "WBRI", "WBRI", "WOTH", "WIRI", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN", "ABAN",
    "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT"
  };
  // Weights in per cent: the national mix of legal statuses and placements, rounded.
  private static final String[] LEGAL_STATUS = {
    "C2", "C1", "V2", "E1", "V3", "V4", "D1", "J1", "J2", "J3", "L1", "L2", "L3"
  };
  private static final int[] LEGAL_WEIGHT = {54, 15, 17, 5, 1, 1, 1, 1, 1, 1, 1, 1, 1};
  private static final String[] PLACE = {
    "U6", "U4", "U3", "U1", "U5", "U2", "K2", "K1", "P1", "H5", "P2", "R1", "A5", "A6", "S1", "Z1",
    "T4", "R2", "R3", "R5", "A3", "A4", "T0", "T1", "T2", "T3", "P3"
  };
  private static final int[] PLACE_WEIGHT = {
    30, 22, 8, 6, 1, 1, 11, 1, 5, 5, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1
  };
  private static final String[] NEXT_RNE = {"P", "P", "P", "L", "T", "B", "U"};
  private static final String[] REVIEW_CODE = {
    "PN0", "PN1", "PN1", "PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7"
  };
  private static final String[] SW_REASON = {
    "MANAGE", "FCONTA", "LEFTRL", "ORGRST", "TSPROC", "ABSENC", "CHCHAN", "PCCHAN", "OTHERS"
  };

  private Ssda903Returns() {}

  /**
   * Writes a return of {@code children} children into {@code folder} (created if absent).
   *
   * @return the files written
   */
  public static List<Path> write(Path folder, int children, long seed) {
    Random rnd = new Random(seed);
    int workers = Math.max(1, children / 15);
    try {
      Files.createDirectories(folder);
      try (BufferedWriter header =
              open(folder, "header.csv", "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB");
          BufferedWriter episodes =
              open(
                  folder,
                  "episodes.csv",
                  "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,"
                      + "HOME_POST,PL_POST,URN");
          BufferedWriter reviews = open(folder, "reviews.csv", "CHILD,DOB,REVIEW,REVIEW_CODE");
          BufferedWriter missing =
              open(folder, "missing.csv", "CHILD,DOB,MISSING,MIS_START,MIS_END");
          BufferedWriter social =
              open(folder, "sw_episodes.csv", "CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON")) {
        for (int i = 0; i < children; i++) {
          String child = Integer.toString(100000 + i);
          LocalDate dob = YEAR_END.minusDays(200 + rnd.nextInt(17 * 365));
          String d = UK.format(dob);
          String upn =
              rnd.nextInt(10) == 0
                  ? "UN" + (1 + rnd.nextInt(10))
                  : (char) ('A' + rnd.nextInt(26))
                      + String.format("%012d", rnd.nextLong(1_000_000_000_000L));
          line(header, child, "" + (1 + rnd.nextInt(2)), d, pick(rnd, ETHNIC), upn, "", "");
          LocalDate start = later(dob, YEAR_END.minusDays(400 + rnd.nextInt(900)));
          String home = postcode(rnd);
          List<LocalDate> starts = writeEpisodes(episodes, rnd, child, start, home);
          LocalDate first = starts.get(0);
          int reviewCount = 2 + rnd.nextInt(5);
          for (int r = 0; r < reviewCount; r++) {
            LocalDate day = between(rnd, first, YEAR_END);
            line(reviews, child, d, UK.format(day), pick(rnd, REVIEW_CODE));
          }
          if (rnd.nextInt(10) == 0) {
            int absences = 1 + rnd.nextInt(3);
            for (int m = 0; m < absences; m++) {
              LocalDate from = between(rnd, first, YEAR_END);
              LocalDate to = from.plusDays(rnd.nextInt(10));
              line(
                  missing,
                  child,
                  d,
                  rnd.nextInt(3) == 0 ? "A" : "M",
                  UK.format(from),
                  to.isAfter(YEAR_END) ? "" : UK.format(to));
            }
          }
          LocalDate change = between(rnd, first, YEAR_END);
          String worker = "SW" + (10000 + rnd.nextInt(workers));
          if (rnd.nextBoolean() && change.isAfter(first)) {
            line(
                social,
                child,
                d,
                worker,
                UK.format(first),
                UK.format(change),
                pick(rnd, SW_REASON));
            worker = "SW" + (10000 + rnd.nextInt(workers));
            line(social, child, d, worker, UK.format(change), "", "");
          } else {
            line(social, child, d, worker, UK.format(first), "", "");
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.of(
        folder.resolve("header.csv"),
        folder.resolve("episodes.csv"),
        folder.resolve("reviews.csv"),
        folder.resolve("missing.csv"),
        folder.resolve("sw_episodes.csv"));
  }

  /** Writes a chain of about three episodes from {@code start}; returns their starts. */
  private static List<LocalDate> writeEpisodes(
      BufferedWriter out, Random rnd, String child, LocalDate start, String home)
      throws IOException {
    List<LocalDate> starts = new ArrayList<>();
    int count = 1 + rnd.nextInt(5);
    String ls = weighted(rnd, LEGAL_STATUS, LEGAL_WEIGHT);
    String place = weighted(rnd, PLACE, PLACE_WEIGHT);
    String rne = "S";
    LocalDate from = start;
    for (int e = 0; e < count && !from.isAfter(YEAR_END); e++) {
      starts.add(from);
      LocalDate to = from.plusDays(20 + rnd.nextInt(300));
      boolean last = e == count - 1 || to.isAfter(YEAR_END);
      boolean open = last && rnd.nextInt(10) < 7;
      String dec = open ? "" : UK.format(last && to.isAfter(YEAR_END) ? YEAR_END : to);
      String rec = open ? "" : (last ? "E11" : "X1");
      String urn =
          place.startsWith("U") || place.startsWith("K")
              ? "SC" + (100000 + rnd.nextInt(900))
              : "XXXXXXX";
      line(
          out,
          child,
          UK.format(from),
          rne,
          ls,
          "N" + (1 + rnd.nextInt(8)),
          place,
          "PR" + rnd.nextInt(6),
          dec,
          rec,
          "",
          home,
          postcode(rnd),
          urn);
      if (open || dec.isEmpty() || !to.isBefore(YEAR_END)) {
        break;
      }
      from = to;
      rne = pick(rnd, NEXT_RNE);
      if (!rne.equals("P") && !rne.equals("B")) {
        ls = weighted(rnd, LEGAL_STATUS, LEGAL_WEIGHT);
      }
      if (!rne.equals("L")) {
        place = weighted(rnd, PLACE, PLACE_WEIGHT);
      }
    }
    return starts;
  }

  private static BufferedWriter open(Path folder, String name, String header) throws IOException {
    BufferedWriter w = Files.newBufferedWriter(folder.resolve(name), StandardCharsets.UTF_8);
    w.write(header);
    w.write("\r\n");
    return w;
  }

  private static void line(BufferedWriter w, String... cells) throws IOException {
    w.write(String.join(",", cells));
    w.write("\r\n");
  }

  private static String pick(Random rnd, String[] values) {
    return values[rnd.nextInt(values.length)];
  }

  private static String weighted(Random rnd, String[] values, int[] weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int n = rnd.nextInt(total);
    for (int i = 0; i < values.length; i++) {
      n -= weights[i];
      if (n < 0) {
        return values[i];
      }
    }
    return values[values.length - 1];
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate between(Random rnd, LocalDate from, LocalDate to) {
    long days = to.toEpochDay() - from.toEpochDay();
    return days <= 0 ? from : from.plusDays(rnd.nextLong(days + 1));
  }

  private static String postcode(Random rnd) {
    return (char) ('A' + rnd.nextInt(26))
        + ""
        + (char) ('A' + rnd.nextInt(26))
        + (1 + rnd.nextInt(20))
        + " "
        + rnd.nextInt(10)
        + (char) ('A' + rnd.nextInt(26))
        + (char) ('A' + rnd.nextInt(26));
  }
}

package org.sgnet.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.sgnet.bundle.Bundle;
import org.sgnet.bundle.BundleReader;
import org.sgnet.bundle.PersonKind;
import org.sgnet.generate.NetworkGenerator;
import org.sgnet.graph.Projection;

/**
 * A generated network held in memory for the benchmarks: the bundle {@code sgnet generate} writes
 * for a number of children and a seed, and the projection the JGraphT engine would load from a
 * store holding it, built here without a store so that only the computation is measured.
 */
final class GeneratedNetwork {

  /** The as-of date of the benchmarks: the generator's last day. */
  static final LocalDate AS_OF = NetworkGenerator.END;

  static final int WINDOW_DAYS = 90;

  private GeneratedNetwork() {}

  /** Generates and reads back the bundle of {@code children} children and seed 7. */
  static Bundle bundle(int children) {
    return read(new NetworkGenerator(children, 7));
  }

  /** Generates and reads back the bundle {@code sgnet generate} writes for these options. */
  static Bundle bundle(int children, long seed, double eventsPerYear) {
    return read(new NetworkGenerator(children, seed, eventsPerYear));
  }

  private static Bundle read(NetworkGenerator generator) {
    try {
      Path dir = Files.createTempDirectory("sgnet-bench");
      generator.generate(dir, NetworkGenerator.Progress.NONE);
      Bundle bundle = new BundleReader().read(dir);
      delete(dir);
      return bundle;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes a folder and everything in it. */
  static void delete(Path dir) {
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The projection of a bundle as of {@link #AS_OF}: what {@code cypher/projection} reads from a
   * store holding it (professionals' agencies, SIBLING, PARENT, PLACED_WITH and INVOLVED ties, the
   * events of the window and the earlier ones of {@link Projection#HISTORY_TYPES}, with their
   * distinct participants).
   */
  static Projection projection(Bundle bundle) {
    Map<String, String> agencyOf = new HashMap<>();
    bundle.people().stream()
        .filter(p -> p.kind() == PersonKind.PROFESSIONAL)
        .forEach(p -> agencyOf.put(p.id(), p.agencyId()));
    List<Projection.TieRow> ties =
        bundle.ties().stream()
            .map(
                t ->
                    new Projection.TieRow(
                        t.type().name(),
                        t.fromId(),
                        t.toId(),
                        t.startDate(),
                        t.endDate(),
                        t.legalBasis() == null ? null : t.legalBasis().name(),
                        Boolean.TRUE.equals(t.lead()),
                        Boolean.TRUE.equals(t.parentalResponsibility())))
            .toList();
    LocalDate from = AS_OF.minusDays(WINDOW_DAYS);
    List<Projection.EventRow> events =
        bundle.events().stream()
            .filter(
                e ->
                    !e.date().isAfter(AS_OF)
                        && (e.date().isAfter(from)
                            || Projection.HISTORY_TYPES.contains(e.type().name())))
            .map(
                e ->
                    new Projection.EventRow(
                        e.id(),
                        e.date(),
                        e.type().name(),
                        e.subjectId(),
                        e.agencyId(),
                        e.recordedBy(),
                        List.copyOf(new LinkedHashSet<>(e.participants())),
                        e.subtype() == null ? null : e.subtype().name(),
                        e.value(),
                        e.requestedBy() == null ? null : e.requestedBy().name(),
                        e.seenAlone()))
            .toList();
    return new Projection(AS_OF, WINDOW_DAYS, agencyOf, ties, events);
  }

  /**
   * Returns each heap pool's peak since the last reset, summed, in MiB: an upper bound of the heap
   * held at once. Read it before a store closes, so that its shutdown is not counted.
   */
  static long peakHeapMiB() {
    return java.lang.management.ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
            .mapToLong(p -> p.getPeakUsage().getUsed())
            .sum()
        >> 20;
  }
}

package org.sgnet.sources.ssd;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sgnet.bundle.LegalBasis;
import org.sgnet.bundle.PersonKind;
import org.sgnet.bundle.RiskCategory;
import org.sgnet.bundle.Tie;
import org.sgnet.bundle.TieType;
import org.sgnet.sources.Fields;
import org.sgnet.sources.SourceIds;
import org.sgnet.sources.SourcePerson;

/**
 * Children looked after: each episode of care ({@code ssd_cla_episodes}) places the child with the
 * carer of its placement ({@code ssd_cla_placement}) on the legal basis of the child's legal status
 * on the day the episode starts ({@code ssd_legal_status}); missing episodes ({@code ssd_missing})
 * are MISSING risks.
 */
final class SsdCare {

  /** A legal status of a child over a period. */
  private record Status(LocalDate start, LocalDate end, LegalBasis basis) {
    boolean covers(LocalDate day) {
      return !start.isAfter(day) && (end == null || !end.isBefore(day));
    }
  }

  /** The carer of a placement: a person id, what they are and their role. */
  private record Placement(String carerId, SsdCodes.Carer carer) {}

  private final SsdContext ctx;
  private final Map<String, String> childOfPeriodOfCare = new HashMap<>();

  SsdCare(SsdContext ctx) {
    this.ctx = ctx;
  }

  /** Maps episodes of care and missing episodes. */
  void map() {
    episodes(statuses(), placements());
    missing();
  }

  /**
   * Returns the child of a period of care ({@code clae_cla_id}), for the tables that name the
   * period and not the child; null when no valid episode names it.
   */
  String childOfPeriod(String claId) {
    return childOfPeriodOfCare.get(claId);
  }

  private Map<String, List<Status>> statuses() {
    Map<String, List<Status>> byChild = new HashMap<>();
    for (Fields f : ctx.rows(SsdTable.LEGAL_STATUS)) {
      String child = ctx.child(f, "lega_person_id");
      LegalBasis basis = f.code("lega_legal_status", SsdCodes.LEGAL_STATUS, "legal status", true);
      SsdContext.Span span =
          SsdContext.span(f, "lega_legal_status_start_date", true, "lega_legal_status_end_date");
      if (f.ok()) {
        byChild
            .computeIfAbsent(child, k -> new ArrayList<>())
            .add(new Status(span.start(), span.end(), basis));
      }
    }
    return byChild;
  }

  private Map<String, Placement> placements() {
    Map<String, Placement> byId = new HashMap<>();
    for (Fields f : ctx.rows(SsdTable.CLA_PLACEMENT)) {
      String id = f.required("clap_cla_placement_id");
      SsdCodes.Carer carer =
          f.code("clap_cla_placement_type", SsdCodes.PLACEMENT_TYPE, "placement type", true);
      if (!f.ok()) {
        continue;
      }
      String urn = f.text("clap_cla_placement_urn");
      String postcode = f.text("clap_cla_placement_postcode");
      // Placement ids are the child's own, so siblings placed together would seem to live apart:
      // placements at the same provider (URN) and postcode with the same kind of carer are taken
      // for one household. The id is a hash, so it shows neither URN nor postcode.
      String carerId =
          postcode == null
              ? SourceIds.id("ssd.carer", id)
              : "ssd.carer-"
                  + SsdContext.hash(
                      (urn == null ? "" : urn.strip().toUpperCase(Locale.ROOT))
                          + "|"
                          + postcode.replaceAll("\\s", "").toUpperCase(Locale.ROOT)
                          + "|"
                          + carer.kind());
      if (carerId == null) {
        f.refuse(
            "clap_cla_placement_id",
            "is not an id sgnet can keep: 1 to 48 letters, digits and . _ -");
        continue;
      }
      byId.putIfAbsent(id, new Placement(carerId, carer));
    }
    return byId;
  }

  private void episodes(Map<String, List<Status>> statuses, Map<String, Placement> placements) {
    for (Fields f : ctx.rows(SsdTable.CLA_EPISODES)) {
      String child = ctx.child(f, "clae_person_id");
      String episode = f.id("clae_cla_episode_id", "ssd.carer-episode");
      SsdContext.Span span =
          SsdContext.span(f, "clae_cla_episode_start_date", true, "clae_cla_episode_ceased_date");
      LocalDate start = span.start();
      LegalBasis basis = null;
      if (child != null && start != null) {
        basis =
            statuses.getOrDefault(child, List.of()).stream()
                .filter(s -> s.covers(start))
                .max((a, b) -> a.start().compareTo(b.start()))
                .map(Status::basis)
                .orElse(null);
        if (basis == null) {
          f.refuse(
              "clae_cla_episode_start_date",
              "no legal status of the child in ssd_legal_status covers the episode's start");
        }
      }
      if (!f.ok()) {
        continue;
      }
      if (f.text("clae_cla_id") != null) {
        childOfPeriodOfCare.putIfAbsent(f.text("clae_cla_id"), child);
      }
      String placementId = f.text("clae_cla_placement_id");
      Placement placement = placementId == null ? null : placements.get(placementId);
      if (placement == null) {
        // No placement row describes it: the child lives with someone the export does not say.
        placement =
            new Placement(
                episode, new SsdCodes.Carer(PersonKind.OTHER, "Placement (not described)"));
      }
      ctx.records.person(
          SourcePerson.unnamed(
              placement.carerId(), placement.carer().kind(), placement.carer().role(), f.at()));
      ctx.records.tie(
          new Tie(
              TieType.PLACED_WITH,
              child,
              placement.carerId(),
              start,
              span.end(),
              null,
              basis,
              null,
              Map.of(),
              List.of()),
          f.at());
    }
  }

  private void missing() {
    for (Fields f : ctx.rows(SsdTable.MISSING)) {
      String id = ctx.eventId(f, "miss_table_id", "missing");
      String child = ctx.child(f, "miss_person_id");
      SsdContext.Span span =
          SsdContext.span(
              f, "miss_missing_episode_start_date", true, "miss_missing_episode_end_date");
      String type =
          f.code("miss_missing_episode_type", SsdCodes.MISSING_TYPE, "missing episode type", false);
      if (!f.ok()) {
        continue;
      }
      ctx.risk(
          f.at(),
          id,
          span.start(),
          child,
          null,
          RiskCategory.MISSING,
          (type == null ? "Missing episode" : type)
              + (span.end() == null ? ", not yet ended" : ""));
    }
  }
}

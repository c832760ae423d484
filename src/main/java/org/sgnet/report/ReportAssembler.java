package org.sgnet.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.sgnet.SgnetException;
import org.sgnet.catalogue.SiblingContactGap;
import org.sgnet.export.GraphSnapshot;
import org.sgnet.export.GraphSnapshotReader;
import org.sgnet.export.Pseudonymiser;
import org.sgnet.network.ChildNetwork;
import org.sgnet.network.ChildNetworkReader;
import org.sgnet.network.ChildPageReader;
import org.sgnet.rules.Analysis;
import org.sgnet.rules.Analyzer;
import org.sgnet.rules.Evidence;
import org.sgnet.rules.Finding;
import org.sgnet.rules.Severity;
import org.sgnet.rules.Theme;
import org.sgnet.store.Store;
import org.sgnet.timeline.Timeline;
import org.sgnet.timeline.TimelineReader;

/**
 * Gathers what a report shows: one run of the catalogue, its evidence, and the network and
 * chronology of each child it covers, all named through one {@link Labels} so that a pseudonymised
 * report cannot show a real name by another path.
 */
final class ReportAssembler {

  private final Analyzer analyzer;
  private final GraphSnapshotReader snapshots;
  private final ChildNetworkReader networks;
  private final ChildPageReader childPages;
  private final TimelineReader timelines;
  private final Pseudonymiser pseudonymiser;

  ReportAssembler(Analyzer analyzer, Store store, Pseudonymiser pseudonymiser) {
    this.analyzer = analyzer;
    this.snapshots = new GraphSnapshotReader(store);
    this.networks = new ChildNetworkReader(store);
    this.childPages = new ChildPageReader(store);
    this.timelines = new TimelineReader(store);
    this.pseudonymiser = pseudonymiser;
  }

  /**
   * Assembles the report.
   *
   * @throws SgnetException of kind NOT_FOUND when the request names a child the store does not hold
   */
  Report assemble(ReportRequest request) {
    String scope = request.options().childId();
    Map<String, GraphSnapshot> parts = new LinkedHashMap<>();
    if (scope != null) {
      parts.put(
          scope,
          snapshots
              .childSnapshot(scope)
              .orElseThrow(
                  () ->
                      new SgnetException(
                          SgnetException.Kind.NOT_FOUND, "no child has id " + scope)));
    }
    Analysis analysis = analyzer.analyse(request.options(), request.engine());
    Set<String> covered = new TreeSet<>();
    Set<String> mentioned = new TreeSet<>();
    for (Finding f : analysis.findings()) {
      mentioned.addAll(f.childIds());
    }
    if (scope == null) {
      covered.addAll(mentioned);
    } else {
      covered.add(scope);
    }
    for (String child : mentioned) {
      if (!parts.containsKey(child)) {
        snapshots.childSnapshot(child).ifPresent(s -> parts.put(child, s));
      }
    }
    List<GraphSnapshot> snapshots = new ArrayList<>(parts.values());
    Labels labels =
        request.identifiable()
            ? Labels.identifiable(snapshots)
            : Labels.pseudonymised(snapshots, pseudonymiser);
    List<Report.ThemeSection> themes = themes(analysis, labels);
    List<Report.ChildSection> children = new ArrayList<>();
    Set<String> agencies = new TreeSet<>();
    for (String child : covered) {
      children.add(child(child, analysis, labels, agencies));
    }
    return new Report(
        analysis.asOf(),
        analysis.windowDays(),
        request.identifiable(),
        scope == null ? null : labels.person(scope),
        summary(analysis, themes, covered, labels, agencies.size()),
        themes,
        children);
  }

  private List<Report.ThemeSection> themes(Analysis analysis, Labels labels) {
    List<List<Evidence>> evidence = analyzer.evidence(analysis, labels.codes());
    Map<Theme, List<Report.FindingView>> byTheme = new EnumMap<>(Theme.class);
    for (Theme t : Theme.values()) {
      byTheme.put(t, new ArrayList<>());
    }
    for (int i = 0; i < analysis.findings().size(); i++) {
      Finding f = analysis.findings().get(i);
      Finding shown = labels.identifiable() ? f : labels.codes().reword(f);
      byTheme
          .get(Theme.of(f.rule()))
          .add(
              new Report.FindingView(
                  f.rule(),
                  f.severity(),
                  f.childIds().stream().map(labels::person).toList(),
                  shown.message(),
                  shown.recommendation(),
                  evidence.get(i)));
    }
    List<Report.ThemeSection> themes = new ArrayList<>();
    // Most severe first; otherwise the catalogue's order, which a sort by severity keeps.
    byTheme.forEach(
        (theme, findings) -> {
          findings.sort(Comparator.comparing(Report.FindingView::severity));
          themes.add(new Report.ThemeSection(theme, List.copyOf(findings)));
        });
    return themes;
  }

  private Report.ChildSection child(
      String childId, Analysis analysis, Labels labels, Set<String> agencies) {
    LocalDate asOf = analysis.asOf();
    LocalDate windowStart = asOf.minusDays(analysis.windowDays() - 1L);
    Set<String> apart = new TreeSet<>();
    for (Finding f : analysis.findings()) {
      if (f.rule() instanceof SiblingContactGap && f.childIds().contains(childId)) {
        f.childIds().stream().filter(c -> !c.equals(childId)).forEach(apart::add);
      }
    }
    Optional<ChildNetwork> network = networks.childNetwork(childId, asOf, 1);
    Timeline timeline =
        timelines
            .timeline(childId, asOf, analysis.windowDays(), null)
            .orElseThrow(
                () ->
                    new SgnetException(
                        SgnetException.Kind.NOT_FOUND, "no child has id " + childId));
    network.ifPresent(
        n ->
            n.nodes().stream()
                .filter(x -> x.type().equals("AGENCY"))
                .forEach(x -> agencies.add(x.id().substring("agency:".length()))));
    timeline.lanes().forEach(l -> agencies.add(l.agencyId()));
    List<Report.TimelineRow> rows = new ArrayList<>();
    int earlier = 0;
    for (Timeline.Lane lane : timeline.lanes()) {
      for (Timeline.Entry e : lane.events()) {
        if (e.date().isBefore(windowStart)) {
          earlier++;
        } else {
          rows.add(row(e, lane.agencyId(), labels));
        }
      }
    }
    rows.sort(Comparator.comparing(Report.TimelineRow::date));
    String label = labels.person(childId);
    return new Report.ChildSection(
        label,
        labels.birthDate(childId),
        network.map(n -> EcomapSvg.draw(n, childId, labels, apart)).orElse(""),
        TimelineSvg.draw(timeline, labels, windowStart, label),
        List.copyOf(rows),
        earlier);
  }

  private static Report.TimelineRow row(Timeline.Entry e, String agencyId, Labels labels) {
    StringBuilder what = new StringBuilder(Words.sentence(e.type()));
    if (e.subtype() != null) {
      what.append(" (").append(Words.lower(e.subtype())).append(')');
    }
    if (e.value() != null) {
      switch (e.type()) {
        case "RISK" -> what.append(": ").append(Words.lower(e.value()));
        // A decision's text is free text: only an identifiable report shows it.
        case "DECISION" -> {
          if (labels.identifiable()) {
            what.append(": ").append(e.value());
          }
        }
        default -> what.append(": \u201c").append(e.value()).append('\u201d');
      }
    }
    if (e.seenAlone() != null) {
      what.append(e.seenAlone() ? ", seen alone" : ", not seen alone");
    }
    if (e.requestedBy() != null) {
      what.append(", requested by ").append(Words.lower(e.requestedBy()));
    }
    StringBuilder people = new StringBuilder();
    if (e.recordedBy() != null) {
      people.append(labels.person(e.recordedBy().id()));
    }
    List<String> with = new ArrayList<>();
    e.participants().forEach(p -> with.add(labels.person(p.id())));
    if (!with.isEmpty()) {
      people.append(people.isEmpty() ? "with " : " with ").append(String.join(", ", with));
    }
    return new Report.TimelineRow(
        e.date(),
        labels.agency(agencyId),
        labels.event(e.id()),
        what.toString(),
        people.toString(),
        labels.identifiable() ? e.summary() : null);
  }

  private Report.Summary summary(
      Analysis analysis,
      List<Report.ThemeSection> themes,
      Set<String> covered,
      Labels labels,
      int agencies) {
    Map<Severity, Integer> bySeverity = counts();
    Map<Theme, Map<Severity, Integer>> byTheme = new EnumMap<>(Theme.class);
    for (Report.ThemeSection t : themes) {
      Map<Severity, Integer> c = counts();
      t.findings().forEach(f -> c.merge(f.severity(), 1, Integer::sum));
      t.findings().forEach(f -> bySeverity.merge(f.severity(), 1, Integer::sum));
      byTheme.put(t.theme(), c);
    }
    List<Report.ChildCount> perChild = new ArrayList<>();
    for (String child : covered) {
      Map<Severity, Integer> c = counts();
      analysis.findings().stream()
          .filter(f -> f.childIds().contains(child))
          .forEach(f -> c.merge(f.severity(), 1, Integer::sum));
      perChild.add(new Report.ChildCount(labels.person(child), c));
    }
    return new Report.Summary(
        childPages.children(null, null, 0, 1).total(), agencies, bySeverity, byTheme, perChild);
  }

  private static Map<Severity, Integer> counts() {
    Map<Severity, Integer> c = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      c.put(s, 0);
    }
    return c;
  }
}

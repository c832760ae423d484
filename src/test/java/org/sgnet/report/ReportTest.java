package org.sgnet.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sgnet.export.GraphSnapshot;
import org.sgnet.export.Pseudonymiser;
import org.sgnet.network.ChildNetwork;
import org.sgnet.rules.Finding;
import org.sgnet.rules.Pseudonyms;
import org.sgnet.rules.Rule;
import org.sgnet.rules.Rules;
import org.sgnet.rules.Severity;
import org.sgnet.rules.Theme;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The report's parts that need no store: themes, pictures, names and codes, markup. */
class ReportTest {

  private static final LocalDate D = LocalDate.of(2024, 3, 28);

  @TempDir Path dir;

  @Test
  void shouldGiveEveryRuleExactlyOneThemeAndEveryThemeAtLeastOneRule() {
    Set<Theme> used = EnumSet.noneOf(Theme.class);
    for (Rule r : Rule.values()) {
      used.add(Theme.of(r));
    }
    assertThat(used).containsExactlyInAnyOrder(Theme.values());
    assertThat(Theme.of(Rules.PARENTAL_RESPONSIBILITY_UNEXERCISED)).isEqualTo(Theme.COURT_ORDERS);
    assertThat(Theme.of(Rules.ETHNICITY_CONFLICT)).isEqualTo(Theme.IDENTITY);
  }

  @Test
  void shouldDrawAWellFormedRepeatableEcomapOfThirtyPeopleWithBoxesApart() throws Exception {
    Network n = network(8, 22);
    Labels labels = Labels.identifiable(List.of(n.snapshot()));

    String svg = EcomapSvg.draw(n.network(), "c", labels, Set.of("s1"));

    assertThat(EcomapSvg.draw(n.network(), "c", labels, Set.of("s1"))).isEqualTo(svg);
    Element root = xml(svg);
    assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
    assertThat(svg).contains("&lt;b&gt;Dr A&amp;B").doesNotContain("<b>");
    // The sibling apart without contact is drawn broken and red.
    assertThat(svg).contains("stroke=\"#d4351c\"");
    List<double[]> boxes = new ArrayList<>();
    NodeList rects = root.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect");
    for (int i = 0; i < rects.getLength(); i++) {
      Element r = (Element) rects.item(i);
      if ("4".equals(r.getAttribute("rx"))) {
        boxes.add(
            new double[] {
              Double.parseDouble(r.getAttribute("x")),
              Double.parseDouble(r.getAttribute("y")),
              Double.parseDouble(r.getAttribute("width")),
              Double.parseDouble(r.getAttribute("height"))
            });
      }
    }
    assertThat(boxes).hasSize(8);
    for (int i = 0; i < boxes.size(); i++) {
      double[] a = boxes.get(i);
      assertThat(a[0]).isGreaterThanOrEqualTo(0);
      assertThat(a[0] + a[2]).isLessThanOrEqualTo(EcomapSvg.WIDTH);
      for (int j = i + 1; j < boxes.size(); j++) {
        double[] b = boxes.get(j);
        boolean apart =
            a[0] + a[2] <= b[0]
                || b[0] + b[2] <= a[0]
                || a[1] + a[3] <= b[1]
                || b[1] + b[3] <= a[1];
        assertThat(apart).as("boxes %d and %d", i, j).isTrue();
      }
    }
  }

  @Test
  void shouldNameEveryoneByCodeAndShowNeitherRolesNorBirthDatesWhenPseudonymised() {
    Network n = network(2, 3);
    Labels labels =
        Labels.pseudonymised(List.of(n.snapshot()), new Pseudonymiser(dir.resolve("key")));

    assertThat(labels.person("c")).isEqualTo("Child A");
    assertThat(labels.person("p0")).startsWith("Professional ");
    assertThat(labels.agency("a0")).isEqualTo("Agency 1");
    assertThat(labels.person("nobody")).isEqualTo(Pseudonyms.UNCODED);
    assertThat(labels.role("p0")).isNull();
    assertThat(labels.birthDate("c")).isNull();
    String svg = EcomapSvg.draw(n.network(), "c", labels, Set.of());
    assertThat(svg).doesNotContain("Dr A&amp;B").doesNotContain("Young person");
  }

  @Test
  void shouldRewordAFindingInCodesWithoutARealNameOrId() {
    Pseudonyms codes =
        new Pseudonyms(
            Map.of("child-j", "Child A", "child-s", "Child B"),
            Map.of(),
            Map.of("ev-0069", "Event 12"));
    Finding f =
        new Finding(
            Rules.CHILD_REQUEST_UNANSWERED,
            Severity.MEDIUM,
            List.of("child-j"),
            List.of(),
            List.of("child-s"),
            "Child J asked for contact with Child S (ev-0069) and no answering contact has followed.",
            "Answer Child J's request.",
            Map.of("eventId", "ev-0069"));

    Finding coded = codes.reword(f);

    assertThat(coded.message())
        .isEqualTo(
            "Child A asked for contact with Child B (Event 12) and no answering contact has"
                + " followed.");
    assertThat(coded.recommendation()).contains("Child A").doesNotContain("Child J");
  }

  @Test
  void shouldEscapeMarkupAndDropCharactersXmlCannotHold() {
    assertThat(Xml.escape("a<b>&\"c'\u0007d\te")).isEqualTo("a&lt;b&gt;&amp;&quot;c&#39;d\te");
    assertThat(Xml.num(12.345)).isEqualTo("12.3");
    assertThat(Xml.num(12.0)).isEqualTo("12");
    assertThat(Words.sentence("INFORMATION_SHARED")).isEqualTo("Information shared");
    assertThat(Words.lower("CSE")).isEqualTo("CSE");
    assertThat(Words.lower("SUBSTANCE_MISUSE")).isEqualTo("substance misuse");
  }

  @Test
  void shouldSaySoUnderEveryThemeWithoutFindingsAndStayWellFormed() throws Exception {
    Map<org.sgnet.rules.Severity, Integer> none = new HashMap<>();
    for (Severity s : Severity.values()) {
      none.put(s, 0);
    }
    Map<Theme, Map<Severity, Integer>> byTheme = new HashMap<>();
    List<Report.ThemeSection> themes = new ArrayList<>();
    for (Theme t : Theme.values()) {
      byTheme.put(t, none);
      themes.add(new Report.ThemeSection(t, List.of()));
    }
    Report report =
        new Report(
            D,
            90,
            false,
            null,
            new Report.Summary(0, 0, none, byTheme, List.of()),
            themes,
            List.of());

    String html = HtmlReport.write(report);

    assertThat(html.split("No findings under this theme.", -1)).hasSize(Theme.values().length + 1);
    assertThat(xml(html).getLocalName()).isEqualTo("html");
  }

  @Test
  void shouldWriteEveryValueOfTheDataAsTextAndOnlyTheDrawingsAsMarkup() throws Exception {
    String hostile = "<b>O'Brien & \"Co\"</b>\u0007";
    String shown = "<b>O'Brien & \"Co\"</b>";
    Map<Severity, Integer> one = new HashMap<>();
    for (Severity s : Severity.values()) {
      one.put(s, 1);
    }
    Map<Theme, Map<Severity, Integer>> byTheme = new HashMap<>();
    List<Report.ThemeSection> themes = new ArrayList<>();
    for (Theme t : Theme.values()) {
      byTheme.put(t, one);
      themes.add(
          new Report.ThemeSection(
              t,
              List.of(
                  new Report.FindingView(
                      Rules.SIBLING_CONTACT_GAP,
                      Severity.HIGH,
                      List.of(hostile),
                      "message " + hostile,
                      "recommendation " + hostile,
                      List.of(
                          new org.sgnet.rules.Evidence("event: " + hostile, D),
                          new org.sgnet.rules.Evidence(hostile, null))))));
    }
    String ecomap = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"ecomap\"></svg>";
    String timeline = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\"></svg>";
    Report report =
        new Report(
            D,
            90,
            true,
            hostile,
            new Report.Summary(3, 2, one, byTheme, List.of(new Report.ChildCount(hostile, one))),
            themes,
            List.of(
                new Report.ChildSection(
                    hostile,
                    D.minusYears(9),
                    ecomap,
                    timeline,
                    List.of(new Report.TimelineRow(D, hostile, hostile, hostile, hostile, hostile)),
                    0)));

    String html = HtmlReport.write(report);

    Element root = xml(html);
    assertThat(root.getElementsByTagName("b").getLength()).isZero();
    assertThat(html).doesNotContain("\u0007").doesNotContain("<b>");
    String text = root.getTextContent();
    // The title and the lede; the summary's row; in each theme's finding its children, message,
    // two evidence lines and recommendation; the child's heading; its timeline row's five cells.
    // Each shows the value as text, its control character dropped.
    assertThat(text.split(java.util.regex.Pattern.quote(shown), -1).length - 1)
        .isEqualTo(2 + 1 + Theme.values().length * 5 + 1 + 5);
    NodeList svgs = root.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg");
    assertThat(svgs.getLength()).isEqualTo(2);
    assertThat(((Element) svgs.item(0)).getAttribute("class")).isEqualTo("ecomap");
    assertThat(((Element) svgs.item(1)).getAttribute("class")).isEqualTo("timeline");
  }

  private static Element xml(String text) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder()
        .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))
        .getDocumentElement();
  }

  private record Network(ChildNetwork network, GraphSnapshot snapshot) {}

  /** A child with a sibling apart, a parent and a carer, and professionals in some agencies. */
  private static Network network(int agencies, int professionals) {
    List<ChildNetwork.Node> nodes = new ArrayList<>();
    List<ChildNetwork.Edge> edges = new ArrayList<>();
    List<GraphSnapshot.Node> snap = new ArrayList<>();
    nodes.add(new ChildNetwork.Node("person:c", "PERSON", "CHILD", "Child C", null));
    snap.add(person("c", "CHILD", "Child C", "Young person"));
    String[][] inner = {
      {"s1", "CHILD", "SIBLING"},
      {"m", "FAMILY", "PARENT"},
      {"f", "FAMILY", "PARENT"},
      {"k", "CARER", "PLACED_WITH"},
      {"o", "OTHER", "PLACED_WITH"},
      {"s2", "CHILD", "SIBLING"},
    };
    for (String[] p : inner) {
      nodes.add(new ChildNetwork.Node("person:" + p[0], "PERSON", p[1], "Name " + p[0], null));
      snap.add(person(p[0], p[1], "Name " + p[0], "role"));
      edges.add(
          new ChildNetwork.Edge(
              p[2],
              "person:" + p[0],
              "person:c",
              null,
              null,
              p[0].equals("m") ? Map.of("parentalResponsibility", true) : Map.of()));
    }
    for (int a = 0; a < agencies; a++) {
      nodes.add(
          new ChildNetwork.Node(
              "agency:a" + a, "AGENCY", "HEALTH", "Seaborough Agency Number " + a, null));
      snap.add(
          new GraphSnapshot.Node(
              GraphSnapshot.NodeType.AGENCY,
              "a" + a,
              List.of(),
              Map.of("id", "a" + a, "name", "Seaborough Agency Number " + a)));
    }
    for (int i = 0; i < professionals; i++) {
      String name = i == 0 ? "<b>Dr A&B</b>" : "Professional Person " + i;
      nodes.add(new ChildNetwork.Node("person:p" + i, "PERSON", "PROFESSIONAL", name, "Nurse"));
      snap.add(person("p" + i, "PROFESSIONAL", name, "Nurse"));
      edges.add(
          new ChildNetwork.Edge(
              "INVOLVED", "person:p" + i, "person:c", null, null, Map.of("lead", i == 1)));
      // Uneven agencies: the first has most of the professionals.
      int a = i < professionals / 3 ? 0 : i % agencies;
      edges.add(
          new ChildNetwork.Edge("MEMBER_OF", "person:p" + i, "agency:a" + a, null, null, Map.of()));
    }
    return new Network(new ChildNetwork(D, nodes, edges), new GraphSnapshot(snap, List.of()));
  }

  private static GraphSnapshot.Node person(String id, String kind, String name, String role) {
    return new GraphSnapshot.Node(
        GraphSnapshot.NodeType.PERSON,
        id,
        List.of(),
        Map.of("id", id, "kind", kind, "name", name, "role", role, "birthDate", D.minusYears(14)));
  }
}

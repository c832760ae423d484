package org.sgnet.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.sgnet.network.ChildNetwork;

/**
 * Draws a child's ecomap as SVG, on the server and without a browser: the child in the centre;
 * family, carers, siblings and others on an inner ring; professionals in their agency's box on an
 * outer ring. Line styles say the tie and shapes the kind of person (so colour is never the only
 * cue), as on the child's web page. The layout depends only on ids, so the same network always
 * gives the same picture, named or coded.
 */
final class EcomapSvg {

  /** The GOV.UK text colour of labels. */
  private static final String INK = "#0b0c0c";

  static final int WIDTH = 800;
  static final int HEIGHT = 640;

  /** Bottom of the drawing; the legend is below it. */
  private static final double DRAWING_BOTTOM = 562;

  private static final double CX = 400;
  private static final double CY = 282;
  private static final double ROW = 17;
  private static final double HEADER = 22;
  private static final int MAX_LABEL = 38;

  /** The order of people on the inner ring: siblings, family, carers, then anyone else. */
  private static final List<String> INNER_ORDER = List.of("CHILD", "FAMILY", "CARER", "OTHER");

  private EcomapSvg() {}

  /** An agency's box and its professionals. */
  private static final class Box {
    final String label;

    /** The professionals' keys and their names or codes, by id. */
    final Map<String, String> professionals = new TreeMap<>();

    double x;
    double y;
    double w;
    double h;

    Box(String label) {
      this.label = label;
    }

    boolean overlaps(Box o) {
      double m = 6;
      return x < o.x + o.w + m && o.x < x + w + m && y < o.y + o.h + m && o.y < y + h + m;
    }

    /** Dots face the centre, so that lines reach them without crossing the names. */
    boolean dotsOnRight() {
      return x + w / 2 < CX - 40;
    }
  }

  /**
   * Returns the ecomap as an {@code <svg>} element.
   *
   * @param network the child's network on the report's date
   * @param childId the child
   * @param labels how to name people and agencies
   * @param apart siblings living apart from the child without contact (a SIBLING_CONTACT_GAP
   *     finding), drawn as a broken red line
   */
  static String draw(ChildNetwork network, String childId, Labels labels, Set<String> apart) {
    String childKey = "person:" + childId;
    Map<String, ChildNetwork.Node> nodes = new LinkedHashMap<>();
    network.nodes().forEach(n -> nodes.put(n.id(), n));
    Map<String, String> agencyOf = new TreeMap<>();
    Map<String, List<ChildNetwork.Edge>> ties = new TreeMap<>();
    for (ChildNetwork.Edge e : network.edges()) {
      if (e.type().equals("MEMBER_OF")) {
        agencyOf.put(e.source(), e.target());
      } else if (e.source().equals(childKey) || e.target().equals(childKey)) {
        String other = e.source().equals(childKey) ? e.target() : e.source();
        ties.computeIfAbsent(other, k -> new ArrayList<>()).add(e);
      }
    }
    List<ChildNetwork.Node> inner = new ArrayList<>();
    Map<String, Box> boxes = new TreeMap<>();
    for (String key : ties.keySet()) {
      ChildNetwork.Node n = nodes.get(key);
      if (n == null) {
        continue;
      }
      if ("PROFESSIONAL".equals(n.kind())) {
        String agency = agencyOf.getOrDefault(key, "");
        boxes
            .computeIfAbsent(
                agency,
                a ->
                    new Box(
                        a.isEmpty() ? "No agency" : labels.agency(a.substring("agency:".length()))))
            .professionals
            .put(key, labels.person(key.substring("person:".length())));
      } else {
        inner.add(n);
      }
    }
    inner.sort(
        Comparator.comparing((ChildNetwork.Node n) -> innerRank(n.kind()))
            .thenComparing(ChildNetwork.Node::id));
    Map<String, double[]> at = new LinkedHashMap<>();
    for (int i = 0; i < inner.size(); i++) {
      double a = -Math.PI / 2 + 2 * Math.PI * (i + 0.5) / inner.size();
      at.put(inner.get(i).id(), new double[] {CX + 150 * Math.cos(a), CY + 112 * Math.sin(a)});
    }
    List<Box> ring = new ArrayList<>(boxes.values());
    place(ring);

    String childLabel = labels.person(childId);
    StringBuilder svg =
        Svg.open("ecomap", WIDTH, HEIGHT, "Ecomap of " + childLabel + " on " + network.asOf());
    Svg.rect(svg, 0, 0, WIDTH, HEIGHT, "fill=\"#ffffff\"");

    // Ties to the inner ring first, so that the people's shapes cover the ends of the lines.
    for (ChildNetwork.Node n : inner) {
      double[] p = at.get(n.id());
      List<ChildNetwork.Edge> own = ties.get(n.id());
      for (int i = 0; i < own.size(); i++) {
        double offset = (i - (own.size() - 1) / 2.0) * 7;
        String id = n.id().substring("person:".length());
        tie(svg, own.get(i), p, offset, apart.contains(id));
      }
    }
    // Lines to professionals pass under the boxes: they end at the box, which names them.
    for (Box b : ring) {
      int i = 0;
      for (String key : b.professionals.keySet()) {
        double[] dot = dot(b, i++);
        involved(svg, CX, CY, dot[0], dot[1], isLead(ties.get(key)));
      }
    }
    for (Box b : ring) {
      box(svg, b, ties);
    }
    for (ChildNetwork.Node n : inner) {
      double[] p = at.get(n.id());
      shape(svg, n.kind(), p[0], p[1], 11);
      label(svg, labels.person(n.id().substring("person:".length())), p[0], p[1] + 25, false);
    }
    Svg.circle(svg, CX, CY, 20, "fill=\"#1d70b8\" stroke=\"#0b0c0c\" stroke-width=\"2\"");
    label(svg, childLabel, CX, CY + 38, true);
    if (ties.isEmpty()) {
      label(svg, "No ties active on " + network.asOf(), CX, CY + 70, false);
    }
    legend(svg);
    return svg.append("</svg>").toString();
  }

  private static int innerRank(String kind) {
    int i = INNER_ORDER.indexOf(kind);
    return i < 0 ? INNER_ORDER.size() : i;
  }

  /** Puts the boxes round an ellipse from the top, then pushes apart any that overlap. */
  private static void place(List<Box> ring) {
    for (int k = 0; k < ring.size(); k++) {
      Box b = ring.get(k);
      // Wide enough for the longest name (DejaVu Sans: about 0.62 em a character), in bounds.
      double longest = clip(b.label).length() * 6.1 - 12;
      for (String name : b.professionals.values()) {
        longest = Math.max(longest, (clip(name).length() + 7) * 6.0);
      }
      b.w = Math.max(140, Math.min(250, 28 + longest));
      b.h = HEADER + ROW * b.professionals.size() + 6;
      double a = -Math.PI / 2 + 2 * Math.PI * k / ring.size();
      b.x = CX + 292 * Math.cos(a) - b.w / 2;
      b.y = CY + 212 * Math.sin(a) - b.h / 2;
      clamp(b);
    }
    for (int pass = 0; pass < 60; pass++) {
      boolean moved = false;
      for (int i = 0; i < ring.size(); i++) {
        for (int j = i + 1; j < ring.size(); j++) {
          Box a = ring.get(i);
          Box b = ring.get(j);
          if (a.overlaps(b)) {
            Box lower = a.y + a.h / 2 <= b.y + b.h / 2 ? b : a;
            Box upper = lower == a ? b : a;
            boolean lowerInBottomHalf = lower.y + lower.h / 2 >= CY;
            if (lowerInBottomHalf) {
              lower.y += 8;
            } else {
              upper.y -= 8;
            }
            clamp(lower);
            clamp(upper);
            moved = true;
          }
        }
      }
      if (!moved) {
        break;
      }
    }
  }

  private static void clamp(Box b) {
    b.x = Math.max(4, Math.min(WIDTH - 4 - b.w, b.x));
    b.y = Math.max(4, Math.min(DRAWING_BOTTOM - b.h, b.y));
  }

  private static void box(StringBuilder svg, Box b, Map<String, List<ChildNetwork.Edge>> ties) {
    Svg.rect(svg, b.x, b.y, b.w, b.h, "rx=\"4\" fill=\"#f3f2f1\" stroke=\"#b1b4b6\"");
    Svg.text(svg, clip(b.label), b.x + 8, b.y + 15, "start", "9.5", true, INK);
    Svg.line(svg, b.x, b.y + HEADER - 2, b.x + b.w, b.y + HEADER - 2, "stroke=\"#b1b4b6\"");
    boolean right = b.dotsOnRight();
    int i = 0;
    for (Map.Entry<String, String> p : b.professionals.entrySet()) {
      double[] dot = dot(b, i++);
      boolean lead = isLead(ties.get(p.getKey()));
      Svg.circle(svg, dot[0], dot[1], 4.5, "fill=\"#505a5f\"");
      Svg.text(
          svg,
          clip(p.getValue()) + (lead ? " (lead)" : ""),
          right ? b.x + b.w - 19 : b.x + 19,
          dot[1] + 3.5,
          right ? "end" : "start",
          "10",
          lead,
          INK);
    }
  }

  /** The line to an involved professional: solid for the lead, broken grey otherwise. */
  private static void involved(
      StringBuilder svg, double x1, double y1, double x2, double y2, boolean lead) {
    Svg.line(
        svg,
        x1,
        y1,
        x2,
        y2,
        lead
            ? "stroke=\"#0b0c0c\" stroke-width=\"2.2\""
            : "stroke=\"#6f777b\" stroke-width=\"1.2\" stroke-dasharray=\"5 4\"");
  }

  /** Where the i-th professional's dot is: on the side of the box that faces the child. */
  private static double[] dot(Box b, int i) {
    double y = b.y + HEADER + ROW * i + 12 - 3.5;
    return new double[] {b.dotsOnRight() ? b.x + b.w - 10 : b.x + 10, y};
  }

  private static boolean isLead(List<ChildNetwork.Edge> ties) {
    return ties.stream()
        .anyMatch(
            e -> e.type().equals("INVOLVED") && Boolean.TRUE.equals(e.attributes().get("lead")));
  }

  /** One tie between the child and a person of the inner ring. */
  private static void tie(
      StringBuilder svg, ChildNetwork.Edge e, double[] p, double offset, boolean apart) {
    double dx = p[0] - CX;
    double dy = p[1] - CY;
    double len = Math.max(1, Math.hypot(dx, dy));
    double ox = -dy / len * offset;
    double oy = dx / len * offset;
    String style =
        switch (e.type()) {
          case "PLACED_WITH" -> "stroke=\"#1d70b8\" stroke-width=\"6\"";
          case "PARENT" ->
              Boolean.TRUE.equals(e.attributes().get("parentalResponsibility"))
                  ? "stroke=\"#0b0c0c\" stroke-width=\"2.5\""
                  : "stroke=\"#0b0c0c\" stroke-width=\"2\" stroke-dasharray=\"2 4\"";
          case "SIBLING" ->
              apart
                  ? "stroke=\"#d4351c\" stroke-width=\"2.5\" stroke-dasharray=\"9 5\""
                  : "stroke=\"#00703c\" stroke-width=\"2.5\"";
          default -> "stroke=\"#6f777b\" stroke-width=\"1.2\" stroke-dasharray=\"5 4\"";
        };
    Svg.line(svg, CX + ox, CY + oy, p[0] + ox, p[1] + oy, style);
    if (e.type().equals("PLACED_WITH")) {
      // A double line: white through the middle of the wide blue one.
      Svg.line(
          svg, CX + ox, CY + oy, p[0] + ox, p[1] + oy, "stroke=\"#ffffff\" stroke-width=\"2\"");
    }
  }

  /** The shape of a kind of person: circle, square, diamond; siblings filled green. */
  private static void shape(StringBuilder svg, String kind, double x, double y, double r) {
    switch (kind) {
      case "CARER" ->
          Svg.rect(
              svg,
              x - r,
              y - r,
              2 * r,
              2 * r,
              "fill=\"#d2e2f1\" stroke=\"#1d70b8\" stroke-width=\"2\"");
      case "OTHER" ->
          Svg.diamond(svg, x, y, r + 2, "fill=\"#f3f2f1\" stroke=\"#505a5f\" stroke-width=\"2\"");
      case "CHILD" ->
          Svg.circle(svg, x, y, r, "fill=\"#cce2d8\" stroke=\"#00703c\" stroke-width=\"2\"");
      case "PROFESSIONAL" -> Svg.circle(svg, x, y, r, "fill=\"#505a5f\"");
      default -> Svg.circle(svg, x, y, r, "fill=\"#ffffff\" stroke=\"#0b0c0c\" stroke-width=\"2\"");
    }
  }

  /** A centred label on a white ground, so that lines passing behind it do not hide it. */
  private static void label(StringBuilder svg, String text, double x, double y, boolean bold) {
    String t = clip(text);
    double w = t.length() * (bold ? 6.6 : 6.0) + 6;
    Svg.rect(svg, x - w / 2, y - 10, w, 13, "fill=\"#ffffff\" fill-opacity=\"0.9\"");
    Svg.text(svg, t, x, y, "middle", bold ? "11.5" : "10", bold, INK);
  }

  private static String clip(String text) {
    return Svg.clip(text, MAX_LABEL);
  }

  /** What each line and shape means, in three rows below the drawing. */
  private static void legend(StringBuilder svg) {
    double x = 12;
    double y = DRAWING_BOTTOM + 18;
    String[][] ties = {
      {"PARENT_PR", "Parent with parental responsibility"},
      {"PARENT", "Parent without parental responsibility"},
      {"PLACED_WITH", "Placement"},
      {"SIBLING", "Sibling"},
      {"APART", "Sibling living apart, no contact (a finding)"},
      {"INVOLVED", "Involved professional"},
      {"LEAD", "Lead professional"},
    };
    for (String[] t : ties) {
      double w = 40 + t[1].length() * 5.5 + 14;
      if (x + w > WIDTH - 8) {
        x = 12;
        y += 19;
      }
      legendLine(svg, t[0], x, y);
      Svg.text(svg, t[1], x + 34, y + 3.5, "start", "9", false, INK);
      x += w;
    }
    x = 12;
    y += 19;
    String[][] shapes = {
      {"CHILD", "Sibling (child)"},
      {"FAMILY", "Family member"},
      {"CARER", "Carer"},
      {"OTHER", "Other person"},
      {"PROFESSIONAL", "Professional, in their agency's box"},
    };
    for (String[] s : shapes) {
      shape(svg, s[0], x + 7, y, s[0].equals("PROFESSIONAL") ? 4.5 : 6);
      Svg.text(svg, s[1], x + 18, y + 3.5, "start", "9", false, INK);
      x += 30 + s[1].length() * 5.5 + 14;
    }
  }

  /** A sample of a line style, 28 units long, drawn as the ecomap draws it. */
  private static void legendLine(StringBuilder svg, String style, double x, double y) {
    StringBuilder one = new StringBuilder();
    switch (style) {
      case "INVOLVED", "LEAD" -> involved(one, CX, CY, CX + 28, CY, style.equals("LEAD"));
      default -> {
        ChildNetwork.Edge e =
            new ChildNetwork.Edge(
                style.startsWith("PARENT") ? "PARENT" : style.equals("APART") ? "SIBLING" : style,
                "",
                "",
                null,
                null,
                style.equals("PARENT_PR") ? Map.of("parentalResponsibility", true) : Map.of());
        tie(one, e, new double[] {CX + 28, CY}, 0, style.equals("APART"));
      }
    }
    // The sample is drawn at the centre like a tie, then moved into the legend.
    svg.append("<g transform=\"translate(")
        .append(Xml.num(x - CX))
        .append(',')
        .append(Xml.num(y - CY))
        .append(")\">")
        .append(one)
        .append("</g>");
  }
}

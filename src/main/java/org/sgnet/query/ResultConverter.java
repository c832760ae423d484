package org.sgnet.query;

import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.neo4j.driver.types.IsoDuration;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Point;
import org.neo4j.driver.types.Relationship;

/**
 * Turns driver values into plain JSON-ready Java (see {@link QueryResult}).
 *
 * <p>A relationship names its ends by their {@code id} property, which the driver does not carry on
 * a relationship. The converter first learns the ids of every node a result holds and lists the
 * ends it still lacks, so that the executor can look those up in one query.
 */
final class ResultConverter {

  private final Map<String, Object> idByElementId = new HashMap<>();
  private final Set<String> ends = new HashSet<>();

  /** Learns the node ids and relationship ends a value holds. */
  void scan(Object value) {
    if (value instanceof Node n) {
      idByElementId.put(n.elementId(), n.get("id").asObject());
    } else if (value instanceof Relationship r) {
      ends.add(r.startNodeElementId());
      ends.add(r.endNodeElementId());
    } else if (value instanceof Path p) {
      p.nodes().forEach(this::scan);
      p.relationships().forEach(this::scan);
    } else if (value instanceof List<?> list) {
      list.forEach(this::scan);
    } else if (value instanceof Map<?, ?> map) {
      map.values().forEach(this::scan);
    }
  }

  /** Returns the element ids of relationship ends whose node the result does not hold. */
  List<String> missingEnds() {
    List<String> missing = new ArrayList<>();
    for (String end : ends) {
      if (!idByElementId.containsKey(end)) {
        missing.add(end);
      }
    }
    missing.sort(null);
    return missing;
  }

  /** Records the id of a node the result does not hold. */
  void learn(String elementId, Object id) {
    idByElementId.put(elementId, id);
  }

  /** Converts a value that {@link #scan} has seen. */
  Object convert(Object value) {
    if (value == null
        || value instanceof String
        || value instanceof Boolean
        || value instanceof Long
        || value instanceof Double) {
      return value;
    }
    if (value instanceof Number n) {
      return n instanceof Float || n instanceof java.math.BigDecimal ? n.doubleValue() : n;
    }
    if (value instanceof Node n) {
      Map<String, Object> node = new LinkedHashMap<>();
      List<String> labels = new ArrayList<>();
      n.labels().forEach(labels::add);
      labels.sort(null);
      node.put("labels", labels);
      node.put("properties", properties(n.asMap(Function.identity())));
      return node;
    }
    if (value instanceof Relationship r) {
      Map<String, Object> rel = new LinkedHashMap<>();
      rel.put("type", r.type());
      rel.put("start", convert(idByElementId.get(r.startNodeElementId())));
      rel.put("end", convert(idByElementId.get(r.endNodeElementId())));
      rel.put("properties", properties(r.asMap(Function.identity())));
      return rel;
    }
    if (value instanceof Path p) {
      List<Object> path = new ArrayList<>();
      path.add(convert(p.start()));
      for (Path.Segment segment : p) {
        path.add(convert(segment.relationship()));
        path.add(convert(segment.end()));
      }
      return path;
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      list.forEach(v -> out.add(convert(v)));
      return out;
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new TreeMap<>();
      map.forEach((k, v) -> out.put(String.valueOf(k), convert(v)));
      return out;
    }
    if (value instanceof org.neo4j.driver.Value v) {
      return convert(v.asObject());
    }
    if (value instanceof java.time.ZonedDateTime z) {
      return DateTimeFormatter.ISO_ZONED_DATE_TIME.format(z);
    }
    if (value instanceof TemporalAccessor || value instanceof IsoDuration) {
      // LocalDate, LocalTime, LocalDateTime, OffsetTime and durations print as ISO-8601.
      return value.toString();
    }
    if (value instanceof Point p) {
      Map<String, Object> point = new LinkedHashMap<>();
      point.put("srid", (long) p.srid());
      point.put("x", p.x());
      point.put("y", p.y());
      if (!Double.isNaN(p.z())) {
        point.put("z", p.z());
      }
      return point;
    }
    if (value instanceof byte[] bytes) {
      return Base64.getEncoder().encodeToString(bytes);
    }
    return value.toString();
  }

  private Map<String, Object> properties(Map<String, org.neo4j.driver.Value> values) {
    Map<String, Object> out = new TreeMap<>();
    values.forEach((k, v) -> out.put(k, convert(v.asObject())));
    return out;
  }
}

package org.sgnet.webhooks;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.sgnet.runs.Change;
import org.sgnet.runs.FindingKey;

/**
 * The JSON body of a delivery. It says what changed and where to look, not who: the children are
 * coded as in a REVIEWER's view unless the registration asked for the store's ids, and the triage's
 * reason, note and author (free text and staff names) are never sent.
 */
final class Payload {

  /** What a child or event without a code is sent as in a coded payload. */
  static final String NOT_CODED = "not-coded";

  private Payload() {}

  /** The body's bytes, fields in a fixed order. */
  static byte[] of(Delivery delivery, Change change, boolean names, ChildCodes codes) {
    List<String> children = change.childIds();
    String key = change.key();
    if (!names) {
      // A child the store no longer holds (merged into another since) has no code: it is sent as a
      // placeholder, never as its id.
      // The event of a finding about one event is coded too: a source's event id holds the child's.
      Map<String, String> coded = codes.codes(children);
      List<String> events = new ArrayList<>();
      FindingKey.map(key, UnaryOperator.identity(), event -> add(events, event));
      Map<String, String> codedEvents = events.isEmpty() ? Map.of() : codes.eventCodes(events);
      children = children.stream().map(id -> coded.getOrDefault(id, NOT_CODED)).toList();
      key =
          FindingKey.map(
              key,
              id -> coded.getOrDefault(id, NOT_CODED),
              event -> codedEvents.getOrDefault(event, NOT_CODED));
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator g = new JsonFactory().createGenerator(bytes, JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeStringField("delivery", delivery.id());
      g.writeStringField("webhook", delivery.webhookId());
      g.writeNumberField("seq", change.seq());
      g.writeStringField("event", change.kind());
      g.writeStringField("key", key);
      g.writeStringField("rule", change.rule());
      g.writeStringField("status", change.status());
      g.writeStringField("runId", change.runId());
      g.writeStringField("at", change.at());
      g.writeBooleanField("coded", !names);
      g.writeArrayFieldStart("children");
      for (String child : children) {
        g.writeString(child);
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static String add(List<String> events, String event) {
    events.add(event);
    return event;
  }
}

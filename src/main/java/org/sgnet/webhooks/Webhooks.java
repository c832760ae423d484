package org.sgnet.webhooks;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.neo4j.driver.Value;
import org.sgnet.SgnetException;
import org.sgnet.runs.ChangeKind;
import org.sgnet.runs.Runs;
import org.sgnet.store.CypherFile;
import org.sgnet.store.Store;

/**
 * The webhooks and their deliveries in the store ({@code SgnetWebhook}, {@code
 * SgnetWebhookDelivery}; neither is part of the network). A change of the feed becomes a delivery
 * in the transaction that moves the webhook's cursor past it, so that a process stopped at any
 * moment has either made the delivery, to be sent after a restart, or not moved the cursor, and
 * does it again then: nothing is lost and nothing is queued twice.
 */
public final class Webhooks {

  /** The shortest secret accepted: a guessable secret makes a signature worthless. */
  public static final int MIN_SECRET = 16;

  /** Most deliveries one page of the log answers. */
  public static final int MAX_PAGE = 1000;

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Store store;
  private final Clock clock;

  public Webhooks(Store store, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Registers a webhook. It is sent the changes made after it is registered.
   *
   * @param events kinds of change, any case (opened, changed, resolved, reopened)
   * @param names whether payloads carry the store's ids instead of codes; the caller checks that
   *     whoever asks may see them
   * @throws SgnetException of kind INVALID_INPUT naming the field (url, secret, events) when one is
   *     missing or wrong; nothing is stored then
   */
  public Webhook register(
      String url, String secret, Collection<String> events, boolean names, String by) {
    String checkedUrl = WebhookUrl.parse(url).toString();
    checkSecret(secret);
    List<String> kinds = kinds(events);
    Map<String, Object> webhook = new HashMap<>();
    webhook.put("id", "wh-" + HexFormat.of().formatHex(randomBytes()));
    webhook.put("url", checkedUrl);
    webhook.put("secret", secret);
    webhook.put("fingerprint", Signature.fingerprint(secret));
    webhook.put("events", kinds);
    webhook.put("names", names);
    webhook.put("createdBy", by == null || by.isBlank() ? "unknown" : by.strip());
    webhook.put("createdAt", now().toString());
    webhook.put("active", true);
    return store.write(
        tx ->
            webhook(
                tx.run(cypher("webhooks/register"), Map.of("webhook", webhook))
                    .single()
                    .get("webhook")
                    .asMap()));
  }

  /** Every webhook, removed ones too, oldest first; never a secret. */
  public List<Webhook> list() {
    return store.query("webhooks/list", Map.of(), r -> webhook(r.get("webhook").asMap()));
  }

  /**
   * Removes a webhook: it is not called again, its secret is forgotten and its pending deliveries
   * are cancelled; its log stays.
   *
   * @throws SgnetException of kind NOT_FOUND when no active webhook has the id
   */
  public Webhook remove(String id, String by) {
    Map<String, Object> params = new HashMap<>();
    params.put("id", id == null ? "" : id);
    params.put("by", by == null || by.isBlank() ? "unknown" : by.strip());
    params.put("at", now().toString());
    return store.write(
        tx -> {
          var rows = tx.run(cypher("webhooks/remove"), params).list();
          if (rows.isEmpty()) {
            throw notFound(id);
          }
          return webhook(rows.get(0).get("webhook").asMap());
        });
  }

  /**
   * The delivery log, in the feed's order.
   *
   * @param id one webhook, or {@code null} for all
   * @param after deliveries of changes after this number (0 for the start)
   * @param limit at most this many, 1 to {@link #MAX_PAGE}
   * @throws SgnetException of kind NOT_FOUND when no webhook has the id, INVALID_INPUT for a
   *     negative cursor or a limit out of range
   */
  public List<Delivery> deliveries(String id, long after, int limit) {
    if (after < 0) {
      throw new SgnetException(SgnetException.Kind.INVALID_INPUT, "after must be 0 or more");
    }
    if (limit < 1 || limit > MAX_PAGE) {
      throw new SgnetException(
          SgnetException.Kind.INVALID_INPUT, "limit must be from 1 to " + MAX_PAGE);
    }
    if (id != null && list().stream().noneMatch(w -> w.id().equals(id))) {
      throw notFound(id);
    }
    Map<String, Object> params = new HashMap<>();
    params.put("id", id);
    params.put("after", after);
    params.put("limit", (long) limit);
    return store.query("webhooks/deliveries", params, r -> delivery(r.get("delivery").asMap()));
  }

  /** An active webhook as the dispatcher needs it: with its secret. */
  record Target(String id, String url, String secret, boolean names) {
    @Override
    public String toString() {
      // Never the secret, should a target be logged.
      return "Target[" + id + "]";
    }
  }

  /** A delivery due or not, with the change it carries. */
  record Pending(Delivery delivery, org.sgnet.runs.Change change) {}

  /** The active webhooks, with their secrets. */
  List<Target> targets() {
    return store
        .query(
            "webhooks/list",
            Map.of(),
            r -> {
              Map<String, Object> m = r.get("webhook").asMap();
              return Boolean.TRUE.equals(m.get("active"))
                  ? new Target(
                      (String) m.get("id"),
                      (String) m.get("url"),
                      (String) m.get("secret"),
                      Boolean.TRUE.equals(m.get("names")))
                  : null;
            })
        .stream()
        .filter(Objects::nonNull)
        .toList();
  }

  /**
   * Turns the changes after a webhook's cursor into its deliveries (those of the kinds it wants)
   * and moves the cursor past them, one page of the feed per transaction.
   *
   * @return how many deliveries were made
   */
  int enqueue(String id) {
    int made = 0;
    while (true) {
      Instant at = now();
      int[] page = new int[2];
      store.write(
          tx -> {
            var rows =
                tx.run(cypher("webhooks/lock"), Map.of("id", id, "at", at.toString())).list();
            if (rows.isEmpty()) {
              // Removed meanwhile.
              return null;
            }
            long cursor = rows.get(0).get("cursor").asLong();
            Set<String> wanted = Set.copyOf(rows.get(0).get("events").asList(Value::asString));
            List<Map<String, Object>> changes =
                tx.run(
                        cypher("runs/changes"),
                        Map.of("after", cursor, "limit", (long) Runs.MAX_PAGE))
                    .list(r -> r.get("change").asMap());
            if (changes.isEmpty()) {
              return null;
            }
            List<Map<String, Object>> deliveries = new ArrayList<>();
            long last = cursor;
            for (Map<String, Object> change : changes) {
              last = ((Number) change.get("seq")).longValue();
              String kind = (String) change.get("kind");
              if (wanted.contains(kind)) {
                deliveries.add(newDelivery(id, last, kind, at));
              }
            }
            tx.run(
                    cypher("webhooks/add-deliveries"),
                    Map.of("id", id, "cursor", last, "deliveries", deliveries))
                .consume();
            page[0] = deliveries.size();
            page[1] = changes.size();
            return null;
          });
      made += page[0];
      if (page[1] < Runs.MAX_PAGE) {
        return made;
      }
    }
  }

  /** A webhook's oldest pending delivery, due or not. */
  Optional<Pending> next(String id) {
    return store.queryFirst(
        "webhooks/next",
        Map.of("id", id),
        r ->
            new Pending(delivery(r.get("delivery").asMap()), Runs.change(r.get("change").asMap())));
  }

  /**
   * Records an attempt's outcome.
   *
   * @param httpStatus the answer's status, or {@code null} when none came
   * @param error the class of the error when no answer came, or {@code null}
   * @param status DELIVERED, PENDING (to try again at {@code next}) or FAILED
   */
  void attempt(String deliveryId, Integer httpStatus, String error, String status, Instant next) {
    Instant at = now();
    Map<String, Object> params = new HashMap<>();
    params.put("id", deliveryId);
    params.put("httpStatus", httpStatus);
    params.put("error", error);
    params.put("status", status);
    params.put("nextAttemptAt", next == null ? null : next.toString());
    params.put("at", at.toString());
    params.put("outcome", at + (httpStatus != null ? " HTTP " + httpStatus : " " + error));
    store.write(tx -> tx.run(cypher("webhooks/attempt"), params).consume());
  }

  Instant now() {
    return Instant.now(clock);
  }

  private static Map<String, Object> newDelivery(String id, long seq, String kind, Instant at) {
    Map<String, Object> d = new HashMap<>();
    // One id per webhook and change: the same on every retry, so receivers can drop repeats.
    d.put("id", id + "-" + seq);
    d.put("webhookId", id);
    d.put("seq", seq);
    d.put("event", kind);
    d.put("status", "PENDING");
    d.put("attempts", 0L);
    d.put("nextAttemptAt", at.toString());
    d.put("createdAt", at.toString());
    d.put("updatedAt", at.toString());
    return d;
  }

  private static void checkSecret(String secret) {
    if (secret == null || secret.isEmpty()) {
      throw new SgnetException(SgnetException.Kind.INVALID_INPUT, "secret is required");
    }
    if (secret.length() < MIN_SECRET) {
      throw new SgnetException(
          SgnetException.Kind.INVALID_INPUT,
          "secret must be at least " + MIN_SECRET + " characters");
    }
  }

  /** The kinds asked for, checked, once each, in the feed's order of kinds. */
  static List<String> kinds(Collection<String> events) {
    if (events == null || events.stream().allMatch(e -> e == null || e.isBlank())) {
      throw new SgnetException(
          SgnetException.Kind.INVALID_INPUT, "events is required: one or more of " + known());
    }
    Set<ChangeKind> kinds = EnumSet.noneOf(ChangeKind.class);
    for (String e : events) {
      if (e == null || e.isBlank()) {
        continue;
      }
      try {
        kinds.add(ChangeKind.valueOf(e.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException unknown) {
        throw new SgnetException(
            SgnetException.Kind.INVALID_INPUT,
            "events: unknown kind '" + e.strip() + "'; expected " + known());
      }
    }
    return kinds.stream().map(Enum::name).toList();
  }

  private static String known() {
    return EnumSet.allOf(ChangeKind.class).stream()
        .map(k -> k.name().toLowerCase(Locale.ROOT))
        .collect(Collectors.joining(", "));
  }

  private static SgnetException notFound(String id) {
    return new SgnetException(SgnetException.Kind.NOT_FOUND, "no webhook has id " + id);
  }

  private static byte[] randomBytes() {
    byte[] bytes = new byte[6];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  private static Webhook webhook(Map<String, Object> m) {
    return new Webhook(
        (String) m.get("id"),
        (String) m.get("url"),
        strings(m.get("events")),
        Boolean.TRUE.equals(m.get("names")),
        (String) m.get("fingerprint"),
        (String) m.get("createdBy"),
        (String) m.get("createdAt"),
        Boolean.TRUE.equals(m.get("active")),
        m.get("cursor") == null ? 0 : ((Number) m.get("cursor")).longValue(),
        (String) m.get("removedBy"),
        (String) m.get("removedAt"));
  }

  private static Delivery delivery(Map<String, Object> m) {
    return new Delivery(
        (String) m.get("id"),
        (String) m.get("webhookId"),
        ((Number) m.get("seq")).longValue(),
        (String) m.get("event"),
        (String) m.get("status"),
        m.get("attempts") == null ? 0 : ((Number) m.get("attempts")).intValue(),
        m.get("lastStatus") == null ? null : ((Number) m.get("lastStatus")).intValue(),
        (String) m.get("lastError"),
        (String) m.get("nextAttemptAt"),
        (String) m.get("createdAt"),
        (String) m.get("updatedAt"),
        (String) m.get("deliveredAt"),
        strings(m.get("outcomes")));
  }

  private static List<String> strings(Object o) {
    if (o == null) {
      return List.of();
    }
    return ((List<?>) o).stream().map(String::valueOf).toList();
  }

  private static String cypher(String name) {
    return CypherFile.load(name).statement();
  }
}

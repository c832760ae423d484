package org.sgnet.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.sgnet.SgnetException;
import org.sgnet.users.Role;

/**
 * Runs a {@link LoadPlan} against a server: logs each role in once for a bearer token (so the
 * server pays bcrypt once per user, not per request), starts the virtual users, imports the bundle
 * half way through and collects every answer per endpoint. Ids in endpoint names are replaced by
 * {@code {id}}, and nothing a server answers is printed, so the report holds no personal data.
 */
public final class LoadDriver {

  private static final JsonFactory JSON = new JsonFactory();
  private static final Duration IMPORT_TIMEOUT = Duration.ofMinutes(20);
  private static final int CHILDREN_SAMPLE = 1000;

  /** What a tool polls, one in so many of its actions, besides the change feed. */
  private static final int RECORDS_EVERY = 5;

  /**
   * A tool reads the whole catalogue when it starts and then rarely: the change feed is how it
   * follows the findings, and the whole catalogue is minutes of CPU on a loaded two-core machine.
   */
  private static final int CATALOGUE_EVERY = 100;

  /** Analysts' ad-hoc queries: read-only, one child or the agencies, parameterised. */
  private static final List<String> CYPHER =
      List.of(
          "MATCH (:Child {id: $childId})<-[:ABOUT]-(e:Event) RETURN e.type AS type, count(*) AS"
              + " events ORDER BY events DESC",
          "MATCH (:Child {id: $childId})<-[:INVOLVED]-(p:Professional)-[:MEMBER_OF]->(a:Agency)"
              + " RETURN a.id AS agency, count(p) AS professionals ORDER BY agency",
          "MATCH (a:Agency) RETURN a.sector AS sector, count(*) AS agencies ORDER BY sector");

  private final LoadPlan plan;
  private final Consumer<String> progress;
  private final HttpClient http;
  private final Map<String, Tally> tallies = new TreeMap<>();
  private final Semaphore cypherPermits;

  /**
   * @param plan what to run
   * @param progress told a line when the run begins and around the import
   */
  public LoadDriver(LoadPlan plan, Consumer<String> progress) {
    this.plan = plan;
    this.progress = progress;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    this.cypherPermits = new Semaphore(plan.cypherAtOnce());
  }

  /** Runs the plan to its end and reports; interrupting the calling thread stops the users. */
  public LoadReport run() throws InterruptedException {
    byte[] bundle = plan.importBundle() == null ? null : zipped(plan.importBundle());
    Map<Role, String> tokens = new EnumMap<>(Role.class);
    for (Map.Entry<Role, LoadPlan.Login> login : plan.logins().entrySet()) {
      tokens.put(login.getKey(), token(login.getValue()));
    }
    List<String> reviewerChildren =
        plan.usersOf(Role.REVIEWER) > 0 ? children(tokens.get(Role.REVIEWER)) : List.of();
    List<String> analystChildren =
        plan.usersOf(Role.ANALYST) > 0 ? children(tokens.get(Role.ANALYST)) : List.of();
    progress.accept(
        String.format(
            "load: %d reviewers, %d tools, %d analysts for %s against %s%s",
            plan.usersOf(Role.REVIEWER),
            plan.usersOf(Role.TOOL),
            plan.usersOf(Role.ANALYST),
            plan.duration(),
            plan.url(),
            bundle == null ? "" : ", one import half way"));
    long start = System.nanoTime();
    long end = start + plan.duration().toNanos();
    List<Thread> users = new ArrayList<>();
    for (int i = 0; i < plan.usersOf(Role.REVIEWER); i++) {
      Random random = new Random(plan.seed() * 31 + 100 + i);
      String token = tokens.get(Role.REVIEWER);
      users.add(
          user("reviewer-" + i, end, random, () -> reviewer(token, random, reviewerChildren)));
    }
    for (int i = 0; i < plan.usersOf(Role.TOOL); i++) {
      Random random = new Random(plan.seed() * 31 + 200 + i);
      Tool tool = new Tool(tokens.get(Role.TOOL));
      users.add(user("tool-" + i, end, random, tool::act));
    }
    for (int i = 0; i < plan.usersOf(Role.ANALYST); i++) {
      Random random = new Random(plan.seed() * 31 + 300 + i);
      Analyst analyst = new Analyst(tokens.get(Role.ANALYST), random, analystChildren);
      users.add(user("analyst-" + i, end, random, analyst::act));
    }
    if (bundle != null) {
      String token = tokens.get(Role.ADMIN);
      users.add(
          new Thread(
              () -> {
                try {
                  sleepUntil(start + plan.duration().toNanos() / 2);
                  progress.accept("load: importing the bundle");
                  importBundle(token, bundle);
                  progress.accept("load: import answered");
                } catch (InterruptedException stopped) {
                  Thread.currentThread().interrupt();
                }
              },
              "load-import"));
    }
    users.forEach(Thread::start);
    try {
      for (Thread t : users) {
        t.join();
      }
    } finally {
      users.forEach(Thread::interrupt);
    }
    long elapsed = System.nanoTime() - start;
    List<Tally.Summary> summaries = new ArrayList<>();
    synchronized (tallies) {
      tallies.forEach((endpoint, tally) -> summaries.add(tally.summary(endpoint)));
    }
    return new LoadReport(summaries, elapsed);
  }

  /** One virtual user's actions. */
  @FunctionalInterface
  private interface Action {
    void act() throws InterruptedException;
  }

  /** A virtual user: acts, pauses around the mean think time, until the end of the run. */
  private Thread user(String name, long end, Random random, Action action) {
    return new Thread(
        () -> {
          try {
            while (System.nanoTime() < end) {
              action.act();
              long pause = (long) (plan.think().toNanos() * (0.5 + random.nextDouble()));
              sleepUntil(Math.min(end, System.nanoTime() + pause));
            }
          } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
          }
        },
        "load-" + name);
  }

  private static void sleepUntil(long nanoTime) throws InterruptedException {
    long left = nanoTime - System.nanoTime();
    if (left > 0) {
      Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
    }
  }

  /** A reviewer opens a child's page, which calls the three JSON documents it shows. */
  private void reviewer(String token, Random random, List<String> children)
      throws InterruptedException {
    String id = pick(random, children);
    String path = encode(id);
    get(token, "GET /children/{id}", "/children/" + path);
    get(token, "GET /api/children/{id}/network", "/api/children/" + path + "/network");
    get(token, "GET /api/findings?child={id}", "/api/findings?child=" + path);
    get(token, "GET /api/children/{id}/timeline", "/api/children/" + path + "/timeline");
  }

  /** A tool follows the change feed, and now and then reads the kept findings and the catalogue. */
  private final class Tool {
    private final String token;
    private long after;
    private int actions;

    Tool(String token) {
      this.token = token;
    }

    void act() throws InterruptedException {
      String body =
          get(
              token,
              "GET /api/findings/changes",
              "/api/findings/changes?after=" + after + "&limit=100");
      if (body != null) {
        String next = field(body, "next");
        if (next != null) {
          after = Long.parseLong(next);
        }
      }
      if (actions % RECORDS_EVERY == 0) {
        get(token, "GET /api/findings/records", "/api/findings/records?open=true");
      }
      if (actions++ % CATALOGUE_EVERY == 0) {
        get(token, "GET /api/findings", "/api/findings");
      }
    }
  }

  /** An analyst runs named queries about a child or the whole network, and their own Cypher. */
  private final class Analyst {
    private final String token;
    private final Random random;
    private final List<String> children;
    private int actions;

    Analyst(String token, Random random, List<String> children) {
      this.token = token;
      this.random = random;
      this.children = children;
    }

    void act() throws InterruptedException {
      String child = pick(random, children);
      switch (actions++ % 5) {
        case 0 -> named("child-team", Map.of("childId", child));
        case 1 -> named("child-events-by-agency", Map.of("childId", child));
        case 2 -> named("most-involved-children", Map.of());
        case 3 -> named("multi-agency-risks", Map.of());
        default -> cypher(child);
      }
    }

    private void named(String name, Map<String, Object> parameters) throws InterruptedException {
      post(
          token,
          "POST /api/queries/" + name,
          "/api/queries/" + name,
          json(parameters),
          "application/json");
    }

    private void cypher(String child) throws InterruptedException {
      String query = CYPHER.get(random.nextInt(CYPHER.size()));
      Map<String, Object> body = new TreeMap<>();
      body.put("query", query);
      body.put("parameters", query.contains("$childId") ? Map.of("childId", child) : Map.of());
      // The server's limit of queries at once is kept by the driver, so every refusal is real.
      cypherPermits.acquire();
      try {
        post(token, "POST /api/cypher", "/api/cypher", json(body), "application/json");
      } finally {
        cypherPermits.release();
      }
    }
  }

  private String token(LoadPlan.Login login) throws InterruptedException {
    String body =
        send(
            "POST /api/token",
            HttpRequest.newBuilder(plan.url().resolve("/api/token"))
                .timeout(plan.timeout())
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        json(Map.of("username", login.name(), "password", login.password())))));
    String token = body == null ? null : field(body, "access_token");
    if (token == null) {
      throw new SgnetException(
          SgnetException.Kind.INVALID_INPUT,
          "cannot log in as " + login.name() + " at " + plan.url() + " (wrong user or password?)");
    }
    return token;
  }

  /** The ids of the first children the role sees (codes for a reviewer). */
  private List<String> children(String token) throws InterruptedException {
    String body = get(token, "GET /api/children", "/api/children?size=" + CHILDREN_SAMPLE);
    List<String> ids = body == null ? List.of() : itemIds(body);
    if (ids.isEmpty()) {
      throw new SgnetException(
          SgnetException.Kind.INVALID_INPUT, "the server at " + plan.url() + " lists no children");
    }
    return ids;
  }

  private void importBundle(String token, byte[] zip) throws InterruptedException {
    String boundary = "sgnet-load-" + Long.toHexString(plan.seed());
    ByteArrayOutputStream body = new ByteArrayOutputStream(zip.length + 256);
    byte[] head =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"bundle\"; filename=\"bundle.zip\""
                + "\r\nContent-Type: application/zip\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    body.writeBytes(head);
    body.writeBytes(zip);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    send(
        "POST /api/import",
        HttpRequest.newBuilder(plan.url().resolve("/api/import"))
            .timeout(IMPORT_TIMEOUT)
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  private String get(String token, String endpoint, String path) throws InterruptedException {
    return send(
        endpoint,
        HttpRequest.newBuilder(plan.url().resolve(path))
            .timeout(plan.timeout())
            .header("Authorization", "Bearer " + token)
            .GET());
  }

  private void post(String token, String endpoint, String path, String body, String type)
      throws InterruptedException {
    send(
        endpoint,
        HttpRequest.newBuilder(plan.url().resolve(path))
            .timeout(plan.timeout())
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /**
   * Sends a request and records its answer under the endpoint; returns the body of a 2xx answer,
   * else null. A request that gets no answer is recorded as {@link Tally#NO_ANSWER}.
   */
  private String send(String endpoint, HttpRequest.Builder request) throws InterruptedException {
    Tally tally;
    synchronized (tallies) {
      tally = tallies.computeIfAbsent(endpoint, e -> new Tally());
    }
    long t0 = System.nanoTime();
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      tally.record(response.statusCode(), System.nanoTime() - t0);
      return response.statusCode() / 100 == 2 ? response.body() : null;
    } catch (IOException noAnswer) {
      tally.record(Tally.NO_ANSWER, System.nanoTime() - t0);
      return null;
    }
  }

  private static String pick(Random random, List<String> ids) {
    return ids.get(random.nextInt(ids.size()));
  }

  private static String encode(String id) {
    return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** A bundle as a zip: a {@code .zip} file as it is, a folder zipped with its files at the top. */
  static byte[] zipped(Path bundle) {
    try {
      if (Files.isRegularFile(bundle)) {
        return Files.readAllBytes(bundle);
      }
      if (!Files.isDirectory(bundle)) {
        throw new SgnetException(
            SgnetException.Kind.INVALID_INPUT, "--import: no bundle at " + bundle);
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ZipOutputStream zip = new ZipOutputStream(bytes);
          Stream<Path> files = Files.list(bundle)) {
        for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
          zip.putNextEntry(new ZipEntry(bundle.relativize(file).toString()));
          Files.copy(file, zip);
          zip.closeEntry();
        }
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new SgnetException(
          SgnetException.Kind.INVALID_INPUT, "--import: cannot read " + bundle, e);
    }
  }

  /** A JSON object of strings, numbers and nested maps, escaped by Jackson. */
  static String json(Map<String, ?> object) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      write(g, object);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void write(JsonGenerator g, Object value) throws IOException {
    if (value instanceof Map<?, ?> map) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        g.writeFieldName(String.valueOf(e.getKey()));
        write(g, e.getValue());
      }
      g.writeEndObject();
    } else if (value instanceof Number number) {
      g.writeNumber(number.toString());
    } else {
      g.writeString(String.valueOf(value));
    }
  }

  /** The text of a top-level field of a JSON object, or null when it has none. */
  static String field(String body, String name) {
    try (JsonParser p = JSON.createParser(body)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if (field.equals(name) && value.isScalarValue()) {
          return p.getText();
        }
        p.skipChildren();
      }
      return null;
    } catch (IOException notJson) {
      // A 2xx body that is not JSON has no such field: the caller treats it as missing.
      return null;
    }
  }

  /** The {@code id} of each object in the top-level {@code items} array. */
  static List<String> itemIds(String body) {
    List<String> ids = new ArrayList<>();
    try (JsonParser p = JSON.createParser(body)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return ids;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if (field.equals("items") && value == JsonToken.START_ARRAY) {
          while (p.nextToken() == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String itemField = p.currentName();
              JsonToken itemValue = p.nextToken();
              if (itemField.equals("id") && itemValue == JsonToken.VALUE_STRING) {
                ids.add(p.getText());
              } else {
                p.skipChildren();
              }
            }
          }
        } else {
          p.skipChildren();
        }
      }
    } catch (IOException notJson) {
      // The ids read before the body stopped being JSON; none leaves the caller to refuse.
      return ids;
    }
    return ids;
  }
}

package org.sgnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.shell.Main;
import org.neo4j.shell.cli.CliArgHelper;
import org.neo4j.shell.cli.CliArgs;
import org.sgnet.demo.DemoBundle;

/** {@code serve} and {@code demo} as users start them, and standard Neo4j tools on their Bolt. */
class ServeIT {

  @TempDir Path home;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void shouldServeTheDemoWithHealthAndTheChildsNetworkToItsUsersOnly() throws Exception {
    try (Jar.Server demo = Jar.start(home, "sgnet serving", "demo", "--port", "0")) {
      assertThat(demo.url()).startsWith("http://127.0.0.1:");
      String analyst = "analyst:" + demo.password("analyst");

      HttpResponse<String> health = get(demo.url() + "/health", null);
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(health.body()).contains("UP");

      assertThat(get(demo.url() + "/api/children/child-j/network", null).statusCode())
          .isEqualTo(401);
      HttpResponse<String> network = get(demo.url() + "/api/children/child-j/network", analyst);
      assertThat(network.statusCode()).isEqualTo(200);
      assertThat(network.body()).contains("\"person:child-j\"").contains("PLACED_WITH");

      HttpResponse<String> missing = get(demo.url() + "/api/children/nobody/network", analyst);
      assertThat(missing.statusCode()).isEqualTo(404);

      Path store = Path.of(demo.line().replaceAll(".*embedded in ([^,]+),.*", "$1"));
      assertThat(store).exists();
      assertThat(demo.stop()).as("stops on SIGTERM").isTrue();
      assertThat(store.getParent()).as("the demo's temporary store is deleted").doesNotExist();
      assertThat(missing.headers().firstValue("content-type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }
  }

  @Test
  void shouldPrintTheDemoUsersBeforeHealthSaysUp() throws Exception {
    int port;
    try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
      port = free.getLocalPort();
    }
    Process demo =
        Jar.command(home, "demo", "--port", Integer.toString(port))
            .redirectOutput(home.resolve("demo-out.txt").toFile())
            .redirectError(home.resolve("demo-err.txt").toFile())
            .start();
    try {
      long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(120);
      boolean up = false;
      while (!up && System.nanoTime() < deadline && demo.isAlive()) {
        try {
          up = get("http://127.0.0.1:" + port + "/health", null).statusCode() == 200;
        } catch (java.io.IOException notListeningYet) {
          // The server has not bound its port yet.
        }
        if (!up) {
          Thread.sleep(50);
        }
      }
      // Read at the moment /health first answered UP: the users are printed already.
      String printed = Files.readString(home.resolve("demo-out.txt"));
      assertThat(up).as(Files.readString(home.resolve("demo-err.txt"))).isTrue();
      assertThat(printed).contains("  analyst / ").contains("  reviewer / ");
      assertThat(printed).contains("Try: curl -u analyst:PASSWORD http://127.0.0.1:" + port + "/");
    } finally {
      demo.destroy();
      demo.waitFor(60, java.util.concurrent.TimeUnit.SECONDS);
    }
  }

  @Test
  void shouldLetCypherShellInWithTheGeneratedPasswordAndNobodyElse() throws Exception {
    Path db = home.resolve("db");
    Jar.Result imported =
        Jar.run(
            home,
            "import",
            DemoBundle.extract(home.resolve("b")).toString(),
            "--db",
            db.toString());
    assertThat(imported.exitCode()).as(imported.err()).isZero();

    try (Jar.Server server =
        Jar.start(home, "sgnet serving", "serve", "--db", db.toString(), "--port", "0")) {
      Path passwordFile = db.resolve("bolt-password");
      assertThat(Files.getPosixFilePermissions(passwordFile))
          .isEqualTo(PosixFilePermissions.fromString("rw-------"));
      String uri = Files.readString(db.resolve("bolt-uri"), StandardCharsets.UTF_8).strip();
      assertThat(uri).startsWith("bolt://127.0.0.1:");
      String password = Files.readString(passwordFile, StandardCharsets.UTF_8).strip();

      Shell ok = cypherShell(uri, password, "MATCH (c:Child) RETURN count(c) AS children;");
      assertThat(ok.exitCode()).as(ok.err()).isZero();
      assertThat(ok.out()).contains("6");

      Shell refused = cypherShell(uri, password + "x", "RETURN 1;");
      assertThat(refused.exitCode()).isNotZero();

      Jar.Result info = Jar.run(home, "store", "info", "--db", db.toString());
      assertThat(info.exitCode()).as(info.err()).isZero();
      assertThat(info.out())
          .contains(uri)
          .contains("cypher-shell -a " + uri + " -u neo4j --password=\"$(cat " + passwordFile);
      // The form it prints takes a password that begins with '-', as one in 64 generated do.
      assertThat(
              new CliArgHelper(new org.neo4j.shell.Environment())
                  .parse("-a", uri, "-u", "neo4j", "--password=-Ab3", "RETURN 1;"))
          .isNotNull();
    }
  }

  private HttpResponse<String> get(String url, String credentials) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
    if (credentials != null) {
      request.header(
          "Authorization",
          "Basic "
              + java.util.Base64.getEncoder()
                  .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  record Shell(int exitCode, String out, String err) {}

  /** Runs Neo4j's own cypher-shell (from Maven Central) in this JVM against a Bolt URI. */
  private static Shell cypherShell(String uri, String password, String query) {
    CliArgs args =
        new CliArgHelper(new org.neo4j.shell.Environment())
            .parse("-a", uri, "-u", "neo4j", "--password=" + password, "--format", "plain", query);
    assertThat(args).as("cypher-shell's arguments").isNotNull();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream stdout = System.out;
    PrintStream stderr = System.err;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      try (Main shell = new Main(args)) {
        int code = shell.startShell();
        return new Shell(
            code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
      }
    } finally {
      System.setOut(stdout);
      System.setErr(stderr);
    }
  }
}

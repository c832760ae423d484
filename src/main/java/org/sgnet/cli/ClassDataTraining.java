package org.sgnet.cli;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.io.FileUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code sgnet class-data-training DIR} (hidden): the build's training run for the class-data
 * archive.
 *
 * <p>The build runs it in a JVM started with {@code -XX:ArchiveClassesAtExit=target/sgnet.jsa}:
 * whatever classes the commands below load are written to the archive when the JVM exits, and the
 * start script beside the jar ({@code target/sgnet}, from {@code src/main/sh/sgnet}) maps them into
 * every later command. So it runs, in one JVM and on a small generated network in {@code DIR}, the
 * commands users run most: generate, import (both transaction modes), analyse (both engines, one
 * child), export in every format, show, store info, and the HTTP server answering a few requests
 * (not the PDF briefing, which would double the training time for one command). Their output is
 * discarded; a command that fails fails the build, since it would fail for users too.
 */
@Command(
    name = "class-data-training",
    hidden = true,
    description = "Build step: run the common commands once so their classes can be archived.")
final class ClassDataTraining implements Callable<Integer> {

  private static final String USER = "class-data-training";

  @Parameters(paramLabel = "DIR", description = "An empty or missing folder to work in.")
  Path work;

  @Override
  public Integer call() throws IOException, InterruptedException {
    FileUtils.deleteQuietly(work.toFile());
    Files.createDirectories(work);
    String bundle = work.resolve("bundle").toString();
    String db = work.resolve("db").toString();
    PrintStream out = System.out;
    InputStream in = System.in;
    System.setOut(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
    try {
      run("generate", "--children", "200", "--seed", "1", "--out", bundle);
      run("import", bundle, "--db", db);
      run("import", bundle, "--db", db, "--transactions", "batch");
      run("analyse", "--db", db, "--format", "json");
      run("analyse", "--db", db, "--engine", "cypher", "--format", "csv", "--explain");
      run("analyse", "--db", db, "--child", "c1");
      for (String format : new String[] {"graphml", "json", "csv"}) {
        run("export", "--db", db, "--format", format, "--out", work.resolve("x." + format) + "");
      }
      run("show", "c1", "--db", db);
      run("store", "info", "--db", db);
      String password = "training-" + Long.toHexString(System.nanoTime()) + "-password";
      System.setIn(new ByteArrayInputStream((password + "\n").getBytes(StandardCharsets.UTF_8)));
      run("user", "add", USER, "--role", "ANALYST", "--password-stdin", "--db", db);
      serve(db, password);
    } finally {
      System.setOut(out);
      System.setIn(in);
      FileUtils.deleteQuietly(work.toFile());
    }
    return Sgnet.OK;
  }

  private static void run(String... args) {
    int code = Sgnet.execute(args);
    if (code != Sgnet.OK) {
      throw new IllegalStateException(
          "class-data training: 'sgnet " + String.join(" ", args) + "' exited with " + code);
    }
  }

  private void serve(String db, String password) throws IOException, InterruptedException {
    // The options 'sgnet serve --db DB --port 0 --audit-log DIR/audit.log' would set.
    StoreOptions store = new StoreOptions();
    store.db = Path.of(db);
    ServeCommand.ServerOptions server = new ServeCommand.ServerOptions();
    server.port = 0;
    server.host = "127.0.0.1";
    server.boltPort = 0;
    server.auditLog = work.resolve("audit.log");
    Map<String, Object> properties = new HashMap<>(store.properties());
    properties.putAll(server.properties());
    try (ApplicationContext context = ServeCommand.start(properties)) {
      String base = context.getBean(EmbeddedServer.class).getURL().toString();
      String basic =
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((USER + ":" + password).getBytes(StandardCharsets.UTF_8));
      HttpClient http = HttpClient.newHttpClient();
      for (String path :
          new String[] {
            "/health", "/api/children/c1/network", "/api/findings?child=c1", "/api/people/c1"
          }) {
        HttpResponse<String> answer =
            http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                    .header("Authorization", basic)
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
          throw new IllegalStateException(
              "class-data training: GET " + path + " answered " + answer.statusCode());
        }
      }
    }
  }
}

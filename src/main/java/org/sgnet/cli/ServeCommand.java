package org.sgnet.cli;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.sgnet.SgnetException;
import org.sgnet.store.Store;
import org.sgnet.users.UserDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sgnet serve}: the HTTP server on a store, until interrupted. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the HTTP API on a store until interrupted (Ctrl-C).",
      "The server listens on 127.0.0.1 unless --host says otherwise; an embedded store's Bolt"
          + " connector listens on loopback with a generated password (see 'sgnet store"
          + " info')."
    },
    footer = {
      "",
      "Examples:",
      "  sgnet serve",
      "  sgnet serve --db ./data --port 9090 --bolt-port 7687",
      "  curl http://127.0.0.1:8080/health"
    })
final class ServeCommand implements Callable<Integer> {

  private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

  @Mixin StoreOptions store;

  @Mixin ServerOptions server;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    Map<String, Object> properties = new HashMap<>(store.properties());
    properties.putAll(server.properties());
    PrintWriter out = spec.commandLine().getOut();
    serve(
        properties,
        out,
        context -> {
          if (context.getBean(UserDirectory.class).list().isEmpty()) {
            out.println(
                "No users yet: every request but /health will be refused. Add one with"
                    + " 'sgnet user add NAME --role ANALYST --password-stdin'.");
          }
        },
        () -> {});
    return Sgnet.OK;
  }

  /**
   * Starts the server and blocks until the JVM shuts down.
   *
   * @param beforeReady what to do with the started context before the server is announced
   * @param afterStop what to do once the server and the store have stopped
   */
  static void serve(
      Map<String, Object> properties,
      PrintWriter out,
      Consumer<ApplicationContext> beforeReady,
      Runnable afterStop)
      throws InterruptedException {
    requirePortFree(properties);
    Map<String, Object> starting = new java.util.HashMap<>(properties);
    starting.put("sgnet.server.starting", "true");
    // A server holds its store itself; a second server on the same directory is refused.
    starting.put("sgnet.store.use-running", "false");
    // Many users' queries share the server's heap: one transaction may not take all of it.
    starting.putIfAbsent("sgnet.store.cap-transaction-memory", "true");
    ApplicationContext context = start(starting);
    // Micronaut's own shutdown hook stops the server and the context (closing the store); this
    // one waits for that, then cleans up after it. Closing the context here as well would race
    // Micronaut's hook and deadlock on their locks.
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  long deadline =
                      System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
                  while (context.isRunning() && System.nanoTime() < deadline) {
                    try {
                      Thread.sleep(100);
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                      return;
                    }
                  }
                  afterStop.run();
                }));
    beforeReady.accept(context);
    out.flush();
    // The first pages' statements planned and their code compiled before anyone asks.
    Duration warm = context.getBean(org.sgnet.api.Warmup.class).run();
    LOG.info("Ready after a warm-up of {} ms", warm.toMillis());
    // Only now does /health say UP: the demo's case and users are there when it does.
    context.getBean(org.sgnet.app.Readiness.class).ready();
    EmbeddedServer http = context.getBean(EmbeddedServer.class);
    Store s = context.getBean(Store.class);
    // From now on, commands on this data directory run through this server's Bolt connector.
    s.announceServed();
    out.println("sgnet serving " + http.getURL() + " (store: " + describe(s) + ")");
    out.println("Health: " + http.getURL() + "/health   Stop with Ctrl-C.");
    out.flush();
    Thread.currentThread().join();
  }

  /**
   * Starts the HTTP server and the store the properties describe; closing the context stops both.
   */
  static ApplicationContext start(Map<String, Object> properties) {
    return new ReportingStart()
        .args(new String[0])
        .mainClass(Sgnet.class)
        .properties(properties)
        .banner(false)
        .start();
  }

  /**
   * Fails in one line when the HTTP address cannot be listened on, before the store opens:
   * Micronaut binds its port last, so it would find out only after seconds of opening the store,
   * and say so with its own exception text. A port taken between this check and the server's start
   * is reported the same way (see {@link ReportingStart}).
   */
  static void requirePortFree(Map<String, Object> properties) {
    Object host = properties.get("micronaut.server.host");
    Object port = properties.get("micronaut.server.port");
    int p = port == null ? 0 : Integer.parseInt(port.toString());
    if (host == null || p <= 0) {
      return;
    }
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(host.toString(), p));
    } catch (IOException | RuntimeException e) {
      throw cannotListen(host + ":" + p, e.getMessage());
    }
  }

  private static SgnetException cannotListen(String address, String reason) {
    return new SgnetException(
        SgnetException.Kind.FAILURE,
        "cannot listen on "
            + address
            + (reason == null ? "" : " (" + reason + ")")
            + ": another program (perhaps another sgnet serve) holds the port, or the address is"
            + " not this machine's; choose a free port with --port or an address with --host");
  }

  /**
   * Micronaut's start, except that a failure to start is thrown to the command line, which says in
   * one line what went wrong, where Micronaut would log it with its stack trace and exit.
   */
  private static final class ReportingStart extends Micronaut {
    @Override
    protected void handleStartupException(
        io.micronaut.context.env.Environment environment, Throwable failure) {
      for (Throwable t = failure; t != null; t = t.getCause()) {
        if (t instanceof java.net.BindException bind) {
          throw cannotListen(
              environment.getProperty("micronaut.server.host", String.class).orElse("")
                  + ":"
                  + environment.getProperty("micronaut.server.port", String.class).orElse(""),
              bind.getMessage());
        }
      }
      if (failure instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(failure);
    }
  }

  static String describe(Store s) {
    return s.isEmbedded()
        ? "embedded in " + s.dataDirectory() + ", Bolt " + s.boltUri()
        : "external " + s.boltUri();
  }

  /** Options of the HTTP server and the embedded Bolt connector. */
  static final class ServerOptions {
    @Option(
        names = "--port",
        paramLabel = "PORT",
        defaultValue = "8080",
        description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(
        names = "--host",
        paramLabel = "ADDRESS",
        defaultValue = "127.0.0.1",
        description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(
        names = "--audit-log",
        paramLabel = "FILE",
        description =
            "Audit log: one hash-chained JSON line per request (default: audit.log in the data"
                + " directory). Check it with 'sgnet audit verify'.")
    java.nio.file.Path auditLog;

    @Option(
        names = "--bolt-port",
        paramLabel = "PORT",
        defaultValue = "0",
        description = "Embedded store's Bolt port on loopback (default: a free one).")
    int boltPort;

    Map<String, Object> properties() {
      Map<String, Object> p = new HashMap<>();
      p.put("micronaut.server.port", port);
      p.put("micronaut.server.host", host);
      p.put("sgnet.store.bolt-port", boltPort);
      if (auditLog != null) {
        p.put("sgnet.audit.log", auditLog.toAbsolutePath().toString());
      }
      return p;
    }
  }
}

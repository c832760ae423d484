package org.sgnet.cli;

import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sgnet.network.CountsReader;
import org.sgnet.store.Store;
import org.sgnet.store.StoreSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code sgnet store}: about the store itself. */
@Command(
    name = "store",
    mixinStandardHelpOptions = true,
    description = "About the store itself.",
    subcommands = {StoreCommand.Info.class})
final class StoreCommand extends GroupCommand {

  /** {@code sgnet store info}: where the store is, how to connect other tools, what it holds. */
  @Command(
      name = "info",
      mixinStandardHelpOptions = true,
      description = {
        "Print where the store is, its Bolt URI and how to connect standard Neo4j tools"
            + " (cypher-shell, Neo4j Browser) to it, and how much it holds.",
        "An embedded store's Bolt connector runs only while an sgnet process has the store"
            + " open ('sgnet serve'); its password is in the data directory, readable by its"
            + " owner only."
      },
      footer = {"", "Examples:", "  sgnet store info", "  sgnet store info --db ./data"})
  static final class Info implements Callable<Integer> {

    @Mixin StoreOptions store;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      Map<String, Object> properties = store.properties();
      if (store.uri == null) {
        Path db =
            store.db != null ? store.db.toAbsolutePath() : StoreSettings.defaultDataDirectory();
        Path uriFile = db.resolve("bolt-uri");
        if (Files.exists(uriFile)) {
          String uri = Files.readString(uriFile, StandardCharsets.UTF_8).strip();
          if (answers(uri)) {
            out.println("Store: embedded in " + db + ", open in a running sgnet process");
            connection(out, uri, db);
            out.flush();
            return Sgnet.OK;
          }
        }
      }
      try (ApplicationContext context = Contexts.start(properties)) {
        Store s = context.getBean(Store.class);
        Map<String, Long> counts = new CountsReader(s).counts();
        if (s.isEmbedded()) {
          out.println("Store: embedded in " + s.dataDirectory() + " (not served now)");
          out.println(
              "  Its Bolt connector runs while 'sgnet serve --db "
                  + s.dataDirectory()
                  + "' runs; add --bolt-port 7687 to fix the port.");
          connection(out, "bolt://127.0.0.1:<port>", s.dataDirectory());
        } else {
          out.println("Store: external, " + s.boltUri());
        }
        out.printf(
            "Holds: %,d agencies, %,d people, %,d ties, %,d events%n",
            counts.get("agencies"), counts.get("people"), counts.get("ties"), counts.get("events"));
      }
      out.flush();
      return Sgnet.OK;
    }

    private static void connection(PrintWriter out, String uri, Path db) {
      out.println("  Bolt URI:  " + uri);
      out.println("  User:      neo4j");
      out.println("  Password:  in " + db.resolve("bolt-password") + " (owner-only)");
      out.println(
          "  Connect:   cypher-shell -a "
              + uri
              // --password=…: a generated password may begin with '-', which -p would take for
              // an option.
              + " -u neo4j --password=\"$(cat "
              + db.resolve("bolt-password")
              + ")\"");
      out.println("  Browser:   Neo4j Browser or Bloom, connect URL " + uri + ", user neo4j");
    }

    private static boolean answers(String uri) {
      try (Socket socket = new Socket()) {
        URI u = URI.create(uri);
        socket.connect(new InetSocketAddress(u.getHost(), u.getPort()), 500);
        return true;
      } catch (IOException | IllegalArgumentException e) {
        return false;
      }
    }
  }
}

package org.sgnet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.io.FileUtils;
import org.sgnet.bundle.BundleReader;
import org.sgnet.demo.DemoBundle;
import org.sgnet.store.BundleImporter;
import org.sgnet.store.ImportProgress;
import org.sgnet.users.Role;
import org.sgnet.users.UserDirectory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code sgnet demo}: the Child J demo on a fresh temporary store. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the Child J demo: a fresh temporary embedded store loaded with the demo case"
          + " bundle (a teenager voluntarily accommodated, her siblings, her parents and the"
          + " professionals of eight agencies). The store is deleted when the server stops."
    },
    footer = {"", "Examples:", "  sgnet demo", "  sgnet demo --port 9090"})
final class DemoCommand implements Callable<Integer> {

  /** One generator for every secret: seeded once by the system, safe to share across threads. */
  private static final SecureRandom RANDOM = new SecureRandom();

  @Mixin ServeCommand.ServerOptions server;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    Map<String, Object> properties = new HashMap<>(server.properties());
    // Before anything is written: a taken port leaves no temporary folder behind.
    ServeCommand.requirePortFree(properties);
    Path home = Files.createTempDirectory("sgnet-demo");
    try {
      serve(home, properties);
    } catch (RuntimeException | Error e) {
      // The server never started, so its shutdown hook will not delete the folder.
      FileUtils.deleteQuietly(home.toFile());
      throw e;
    }
    return Sgnet.OK;
  }

  private void serve(Path home, Map<String, Object> properties)
      throws IOException, InterruptedException {
    Path bundle = DemoBundle.extract(home.resolve("bundle"));
    Path db = home.resolve("db");
    org.sgnet.bundle.Bundle demo = new BundleReader().read(bundle);
    properties.put("sgnet.store.db", db.toString());
    PrintWriter out = spec.commandLine().getOut();
    ServeCommand.serve(
        properties,
        out,
        context -> {
          context.getBean(BundleImporter.class).importBundle(demo, ImportProgress.NONE);
          out.println("Demo users (this run only; the store is deleted when the server stops):");
          UserDirectory users = context.getBean(UserDirectory.class);
          for (Role role : Role.values()) {
            String name = role.name().toLowerCase(Locale.ROOT);
            char[] password = DemoCommand.password();
            users.add(name, role, password);
            out.println("  " + name + " / " + new String(password) + "   (" + role + ")");
          }
          out.println(
              "Try: curl -u analyst:PASSWORD "
                  + context.getBean(io.micronaut.runtime.server.EmbeddedServer.class).getURL()
                  + "/api/children/child-j/network");
        },
        () -> FileUtils.deleteQuietly(home.toFile()));
  }

  /** A random password of 20 letters and digits for a demo user. */
  static char[] password() {
    String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    char[] password = new char[20];
    for (int i = 0; i < password.length; i++) {
      password[i] = alphabet.charAt(RANDOM.nextInt(alphabet.length()));
    }
    return password;
  }
}

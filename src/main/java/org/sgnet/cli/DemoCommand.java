package org.sgnet.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sgnet.bundle.BundleReader;
import org.sgnet.demo.DemoBundle;
import org.sgnet.store.BundleImporter;
import org.sgnet.store.ImportProgress;
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

  @Mixin ServeCommand.ServerOptions server;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    Path home = Files.createTempDirectory("sgnet-demo");
    Path bundle = DemoBundle.extract(home.resolve("bundle"));
    Path db = home.resolve("db");
    org.sgnet.bundle.Bundle demo = new BundleReader().read(bundle);
    Map<String, Object> properties = new HashMap<>(server.properties());
    properties.put("sgnet.store.db", db.toString());
    ServeCommand.serve(
        properties,
        spec.commandLine().getOut(),
        "Demo: Child J is person child-j; try /api/children/child-j/network",
        context -> context.getBean(BundleImporter.class).importBundle(demo, ImportProgress.NONE),
        () -> DemoBundle.deleteTree(home));
    return Sgnet.OK;
  }
}

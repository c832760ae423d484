package org.sgnet.cli;

import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.sgnet.SgnetException;
import org.sgnet.webhooks.Delivery;
import org.sgnet.webhooks.Webhook;
import org.sgnet.webhooks.Webhooks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sgnet webhooks add|list|remove|log}: the store's webhooks, for whoever owns the store (as
 * {@code sgnet user}); through a running server's Bolt connector when one holds the store.
 */
@Command(
    name = "webhooks",
    mixinStandardHelpOptions = true,
    description = {
      "Webhooks: a served sgnet POSTs every change of the findings' feed (opened, changed,"
          + " resolved, reopened) made after the registration to the URL, signed with"
          + " HMAC-SHA256 of the secret, retrying with back-off until the receiver answers 2xx."
    },
    subcommands = {
      WebhooksCommand.Add.class,
      WebhooksCommand.ListWebhooks.class,
      WebhooksCommand.Remove.class,
      WebhooksCommand.Log.class
    })
final class WebhooksCommand extends GroupCommand {

  /** {@code webhooks add --url U --events E (--secret-file F | --secret-stdin) [--names]}. */
  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = {
        "Register a webhook. The secret (at least 16 characters) is read from a file or standard"
            + " input, never from the command line, where other users could see it."
      },
      footer = {
        "",
        "Examples:",
        "  sgnet webhooks add --url https://board.example/hook \\",
        "      --events opened,resolved --secret-file hook.secret",
        "  sgnet webhooks add --url http://127.0.0.1:9000/ --events opened \\",
        "      --secret-stdin < hook.secret",
        "  sgnet webhooks log"
      })
  static final class Add extends ContextCommand {
    @Option(names = "--url", required = true, paramLabel = "URL", description = "http(s) URL.")
    String url;

    @Option(
        names = "--events",
        required = true,
        split = ",",
        paramLabel = "KIND",
        description = "Kinds of change to send: opened, changed, resolved, reopened.")
    List<String> events;

    @Option(names = "--secret-file", paramLabel = "FILE", description = "Read the secret here.")
    Path secretFile;

    @Option(names = "--secret-stdin", description = "Read the secret from standard input.")
    boolean secretStdin;

    @Option(
        names = "--names",
        description =
            "Send the store's child ids instead of the codes of the pseudonymised exports.")
    boolean names;

    @Option(names = "--by", paramLabel = "NAME", description = "Who registers (default: you).")
    String by;

    private String secret;

    @Override
    void check() {
      if ((secretFile == null) == !secretStdin) {
        throw new SgnetException(
            SgnetException.Kind.INVALID_INPUT, "give --secret-file FILE or --secret-stdin");
      }
      secret = secretFile != null ? fromFile(secretFile) : fromStdin();
    }

    @Override
    void work(ApplicationContext context, PrintWriter out) {
      Webhook w = context.getBean(Webhooks.class).register(url, secret, events, names, who(by));
      out.printf(
          Locale.ROOT,
          "Registered %s: %s for %s (secret %s); changes after %d are sent%n",
          w.id(),
          w.url(),
          String.join(",", w.events()),
          w.fingerprint(),
          w.cursor());
    }

    private static String fromFile(Path file) {
      try {
        // A file written by an editor or echo ends with a newline, which is not the secret.
        return Files.readString(file, StandardCharsets.UTF_8).replaceAll("\\r?\\n$", "");
      } catch (IOException e) {
        throw new SgnetException(
            SgnetException.Kind.INVALID_INPUT, "cannot read --secret-file " + file);
      }
    }

    private static String fromStdin() {
      try {
        return StandardInput.firstLine("secret");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** {@code webhooks list}. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "The webhooks, removed ones too; secrets only by fingerprint.")
  static final class ListWebhooks extends ContextCommand {
    @Override
    void work(ApplicationContext context, PrintWriter out) {
      for (Webhook w : context.getBean(Webhooks.class).list()) {
        out.printf(
            Locale.ROOT,
            "%-15s %-7s %s  events %s%s  secret %s  by %s at %s%s%n",
            w.id(),
            w.active() ? "active" : "removed",
            w.url(),
            String.join(",", w.events()),
            w.names() ? ", ids" : "",
            w.fingerprint(),
            w.createdBy(),
            w.createdAt(),
            w.active() ? "" : "; removed by " + w.removedBy() + " at " + w.removedAt());
      }
    }
  }

  /** {@code webhooks remove ID}. */
  @Command(
      name = "remove",
      mixinStandardHelpOptions = true,
      description = "Remove a webhook: not called again, its pending deliveries cancelled.")
  static final class Remove extends ContextCommand {
    @Parameters(paramLabel = "ID", description = "The webhook's id (see 'webhooks list').")
    String id;

    @Option(names = "--by", paramLabel = "NAME", description = "Who removes (default: you).")
    String by;

    @Override
    void work(ApplicationContext context, PrintWriter out) {
      Webhook w = context.getBean(Webhooks.class).remove(id, who(by));
      out.println("Removed " + w.id());
    }
  }

  /** {@code webhooks log [ID]}. */
  @Command(
      name = "log",
      mixinStandardHelpOptions = true,
      description = "The delivery log: each change sent, its status, attempts and last outcomes.")
  static final class Log extends ContextCommand {
    @Parameters(
        arity = "0..1",
        paramLabel = "ID",
        description = "One webhook (default: every webhook).")
    String id;

    @Option(
        names = "--after",
        paramLabel = "SEQ",
        defaultValue = "0",
        description = "Deliveries of changes after this number (default: ${DEFAULT-VALUE}).")
    long after;

    @Option(
        names = "--limit",
        paramLabel = "N",
        defaultValue = "100",
        description = "At most this many, 1 to 1000 (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    void work(ApplicationContext context, PrintWriter out) {
      for (Delivery d : context.getBean(Webhooks.class).deliveries(id, after, limit)) {
        out.printf(
            Locale.ROOT,
            "%6d  %-22s %-9s %-9s %d attempt%s%s  %s%n",
            d.seq(),
            d.id(),
            d.event(),
            d.status(),
            d.attempts(),
            d.attempts() == 1 ? "" : "s",
            d.deliveredAt() != null
                ? ", delivered " + d.deliveredAt()
                : "PENDING".equals(d.status()) ? ", next " + d.nextAttemptAt() : "",
            String.join("; ", d.outcomes()));
      }
    }
  }
}

package org.sgnet.cli;

import io.micronaut.context.ApplicationContext;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.sgnet.bundle.Person;
import org.sgnet.identity.Identities;
import org.sgnet.sources.IdentityCandidates;
import org.sgnet.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sgnet identities}: people who only look alike, and the analysts' decisions on them. */
@Command(
    name = "identities",
    mixinStandardHelpOptions = true,
    description = {
      "List the pairs of people who look alike (same name and birth date, or same last name,"
          + " birth date and postcode; professionals: same name and agency) but share no"
          + " identifier. sgnet never merges them by itself: confirm a pair to make them one"
          + " person, or reject it to stop it being suggested. Decisions are kept with who made"
          + " them and why, and later imports honour them."
    },
    subcommands = {
      IdentitiesCommand.Confirm.class,
      IdentitiesCommand.Reject.class,
      IdentitiesCommand.Decisions.class
    },
    footer = {
      "",
      "Examples:",
      "  sgnet identities",
      "  sgnet identities confirm partner-csc-54 partner-education-63 --by 'A. Ali'",
      "  sgnet identities reject partner-csc-1 partner-education-9 --reason twins",
      "  sgnet identities decisions"
    })
final class IdentitiesCommand extends ContextCommand {

  @Override
  void work(ApplicationContext context, PrintWriter out) {
    List<IdentityCandidates.Candidate> candidates =
        new Identities(context.getBean(Store.class)).candidates();
    if (candidates.isEmpty()) {
      out.println("No pairs of people look alike without sharing an identifier.");
    }
    for (IdentityCandidates.Candidate c : candidates) {
      out.printf(
          Locale.ROOT,
          "%s  %s%n  %s%n  %s%n",
          c.key().replace("|", " ~ "),
          c.evidence().stream().map(Enum::name).collect(Collectors.joining("+")),
          line(c.a()),
          line(c.b()));
    }
    if (!candidates.isEmpty()) {
      out.printf(
          Locale.ROOT,
          "%,d candidate pair(s): sgnet identities confirm A B | reject A B --reason …%n",
          candidates.size());
    }
  }

  private static String line(Person p) {
    return String.format(
        Locale.ROOT,
        "%-40s %-12s %s, born %s, from %s",
        p.id(),
        p.kind(),
        p.name(),
        p.birthDate() == null ? "?" : p.birthDate(),
        p.provenance().isEmpty() ? "a bundle" : String.join(" ", p.provenance()));
  }

  /** {@code identities decisions}. */
  @Command(
      name = "decisions",
      mixinStandardHelpOptions = true,
      description = "List every decision: when, who, what and why.")
  static final class Decisions extends ContextCommand {
    @Override
    void work(ApplicationContext context, PrintWriter out) {
      for (Identities.Decision d : new Identities(context.getBean(Store.class)).decisions()) {
        out.printf(
            Locale.ROOT,
            "%s  %-9s %s %s  by %s%s%n",
            d.at(),
            d.verdict(),
            d.a(),
            d.b(),
            d.by(),
            d.reason() == null ? "" : ": " + d.reason());
      }
    }
  }

  /**
   * A decision on a pair: {@code confirm} and {@code reject} take the same options and differ only
   * in their help and in the verdict, which their name gives.
   */
  abstract static class Decide extends ContextCommand {
    private static final Map<String, Identities.Verdict> VERDICTS =
        Map.of("confirm", Identities.Verdict.CONFIRMED, "reject", Identities.Verdict.REJECTED);

    @Parameters(index = "0", paramLabel = "A", description = "A person id (kept when confirmed).")
    String a;

    @Parameters(index = "1", paramLabel = "B", description = "Another person id.")
    String b;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why (required to reject).")
    String reason;

    @Option(
        names = "--by",
        paramLabel = "NAME",
        description = "Who decides (default: the operating-system user).")
    String by;

    @Override
    void work(ApplicationContext context, PrintWriter out) {
      String who = by != null ? by : System.getProperty("user.name", "unknown");
      Identities.Verdict verdict = VERDICTS.get(spec.name());
      Identities.Decision d =
          new Identities(context.getBean(Store.class)).decide(a, b, verdict, reason, who);
      out.println(
          d.verdict() == Identities.Verdict.CONFIRMED
              ? d.b() + " is now part of " + d.a() + " (decision kept, by " + d.by() + ")"
              : d.a() + " and " + d.b() + " are kept apart (decision kept, by " + d.by() + ")");
    }
  }

  /** {@code identities confirm A B}. */
  @Command(
      name = "confirm",
      mixinStandardHelpOptions = true,
      description = "Make B one person with A: B's ties and events move to A, and B goes.")
  static final class Confirm extends Decide {}

  /** {@code identities reject A B --reason …}. */
  @Command(
      name = "reject",
      mixinStandardHelpOptions = true,
      description = "Keep A and B apart and stop suggesting the pair.")
  static final class Reject extends Decide {}
}

package org.sgnet.cli;

import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sgnet.users.Role;
import org.sgnet.users.User;
import org.sgnet.users.UserDirectory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sgnet user}: the people and tools that may use the HTTP API. */
@Command(
    name = "user",
    mixinStandardHelpOptions = true,
    description = {
      "Manage the users of the HTTP API. Users, roles and bcrypt password hashes are kept in"
          + " an owner-only file with the store (DIR/users for an embedded store); a running"
          + " server picks up changes at once.",
      "Roles: ADMIN (import, corrections, users), ANALYST (all reads, analyst Cypher, named"
          + " queries, identifiable exports), REVIEWER (networks, findings, timelines,"
          + " pseudonymised exports), TOOL (read API, pseudonymised exports)."
    },
    subcommands = {
      UserCommand.Add.class,
      UserCommand.ListUsers.class,
      UserCommand.Remove.class,
      UserCommand.Unlock.class,
      UserCommand.Revoke.class
    })
final class UserCommand extends GroupCommand {

  /** {@code sgnet user add NAME --role ROLE --password-stdin}. */
  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = {
        "Add a user, or give an existing user a new role and password. The password is read"
            + " from standard input (one line, at least 12 characters), never from the"
            + " command line."
      },
      footer = {
        "",
        "Examples:",
        "  printf '%%s\\n' \"$PW\" | sgnet user add ana --role ANALYST --password-stdin",
        "  sgnet user add board-tool --role TOOL --password-stdin < secret.txt"
      })
  static final class Add implements Callable<Integer> {
    @Parameters(paramLabel = "NAME", description = "Login name.")
    String name;

    @Option(
        names = "--role",
        required = true,
        paramLabel = "ROLE",
        description = "ADMIN, ANALYST, REVIEWER or TOOL.")
    String role;

    @Option(
        names = "--password-stdin",
        required = true,
        description = "Read the password from standard input.")
    boolean passwordStdin;

    @Mixin StoreOptions store;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      Role parsed = Role.parse(role);
      char[] password = StandardInput.firstLine("password").toCharArray();
      try (ApplicationContext context = Contexts.startWithoutStore(store.properties())) {
        UserDirectory users = context.getBean(UserDirectory.class);
        boolean added = users.add(name, parsed, password);
        PrintWriter out = spec.commandLine().getOut();
        out.println(
            (added ? "Added " : "Updated ") + name + " (" + parsed + ") in " + users.file());
        out.flush();
      } finally {
        UserDirectory.wipe(password);
      }
      return Sgnet.OK;
    }
  }

  /** {@code sgnet user list}. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description =
          "List the users, their roles, and until when a user is locked out after failed logins.",
      footer = {"", "Examples:", "  sgnet user list", "  sgnet user list --db ./data"})
  static final class ListUsers extends UsersWork {
    @Override
    void work(ApplicationContext context, PrintWriter out) {
      for (User u : context.getBean(UserDirectory.class).list()) {
        String lock = u.lockedUntil() == null ? "" : "locked until " + u.lockedUntil();
        out.println(String.format("%-24s %-8s %s", u.name(), u.role(), lock).stripTrailing());
      }
    }
  }

  /** {@code sgnet user remove NAME}. */
  @Command(
      name = "remove",
      mixinStandardHelpOptions = true,
      description = "Remove a user; tokens already issued to them stop working at once.",
      footer = {"", "Examples:", "  sgnet user remove ana"})
  static final class Remove extends OneUserWork {
    @Override
    String apply(UserDirectory users, String name) {
      users.remove(name);
      return "Removed " + name;
    }
  }

  /** {@code sgnet user unlock NAME}. */
  @Command(
      name = "unlock",
      mixinStandardHelpOptions = true,
      description =
          "Lift a user's lockout after failed logins; a running server lets them in at once.",
      footer = {"", "Examples:", "  sgnet user unlock ana"})
  static final class Unlock extends OneUserWork {
    @Override
    String apply(UserDirectory users, String name) {
      users.unlock(name);
      return "Unlocked " + name;
    }
  }

  /** {@code sgnet user revoke NAME}. */
  @Command(
      name = "revoke",
      mixinStandardHelpOptions = true,
      description =
          "End every session and token of a user; their password still signs them in afresh.",
      footer = {"", "Examples:", "  sgnet user revoke board-tool"})
  static final class Revoke extends OneUserWork {
    @Override
    String apply(UserDirectory users, String name) {
      users.revoke(name);
      return "Revoked every session and token of " + name;
    }
  }

  /** A change to one user, named on the command line. */
  abstract static class OneUserWork extends UsersWork {
    @Parameters(paramLabel = "NAME", description = "Login name.")
    String name;

    /** Makes the change and returns what to print. */
    abstract String apply(UserDirectory users, String name);

    @Override
    void work(ApplicationContext context, PrintWriter out) {
      out.println(apply(context.getBean(UserDirectory.class), name));
    }
  }

  /** A command on the users' file, which lies with the store but needs no store open. */
  abstract static class UsersWork extends ContextCommand {
    @Override
    ApplicationContext open(Map<String, Object> properties) {
      return Contexts.startWithoutStore(properties);
    }
  }
}

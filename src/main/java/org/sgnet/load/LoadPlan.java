package org.sgnet.load;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.sgnet.SgnetException;
import org.sgnet.users.Role;

/**
 * What a load run does.
 *
 * @param url the server, such as {@code http://127.0.0.1:8080}
 * @param duration how long the virtual users run
 * @param users how many virtual users of each role run at once (a role with 0 runs none)
 * @param logins each role's user name and password (every role in {@code users} with users, and
 *     ADMIN when {@code importBundle} is given)
 * @param think the mean pause of a virtual user between two of its actions
 * @param timeout how long a request may wait for its answer before it counts as not answered
 * @param cypherAtOnce how many ad-hoc analyst queries the driver sends at once at most: at or below
 *     the server's {@code sgnet.query.max-running}, so that a refusal (503) is a finding, not the
 *     driver's doing
 * @param importBundle a bundle ({@code .zip} or folder) to import once, half way through, or {@code
 *     null}
 * @param seed the seed of every random choice (children, queries, pauses)
 */
public record LoadPlan(
    URI url,
    Duration duration,
    Map<Role, Integer> users,
    Map<Role, Login> logins,
    Duration think,
    Duration timeout,
    int cypherAtOnce,
    Path importBundle,
    long seed) {

  /** A user name and password to log in with; the password is never printed. */
  public record Login(String name, String password) {
    @Override
    public String toString() {
      return name;
    }
  }

  public LoadPlan {
    users = Map.copyOf(users);
    logins = Map.copyOf(logins);
    if (duration.isNegative() || duration.isZero()) {
      throw new SgnetException(SgnetException.Kind.INVALID_INPUT, "--duration must be positive");
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new SgnetException(SgnetException.Kind.INVALID_INPUT, "--timeout must be positive");
    }
    if (cypherAtOnce < 1) {
      throw new SgnetException(
          SgnetException.Kind.INVALID_INPUT, "--cypher-at-once must be at least 1");
    }
    for (Map.Entry<Role, Integer> e : users.entrySet()) {
      if (e.getValue() < 0) {
        throw new SgnetException(
            SgnetException.Kind.INVALID_INPUT,
            "the number of " + e.getKey() + " users must not be negative");
      }
      if (e.getValue() > 0 && !logins.containsKey(e.getKey())) {
        throw new SgnetException(
            SgnetException.Kind.INVALID_INPUT, "no " + e.getKey() + " user to log in as");
      }
    }
    if (importBundle != null && !logins.containsKey(Role.ADMIN)) {
      throw new SgnetException(
          SgnetException.Kind.INVALID_INPUT, "an import needs an ADMIN user to log in as");
    }
  }

  /** How many virtual users of the role run. */
  int usersOf(Role role) {
    return users.getOrDefault(role, 0);
  }
}

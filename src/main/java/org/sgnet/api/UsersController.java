package org.sgnet.api;

import static org.sgnet.security.Roles.ADMIN;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.SerdeImport;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.sgnet.SgnetException;
import org.sgnet.security.AuditNote;
import org.sgnet.security.LoginGuard;
import org.sgnet.users.User;
import org.sgnet.users.UserDirectory;

/** The users for administrators: who is locked out, lifting a lockout, ending sessions. */
@Controller("/api/users")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(ADMIN)
@SerdeImport(User.class)
class UsersController {

  private final UserDirectory users;
  private final LoginGuard guard;

  UsersController(UserDirectory users, LoginGuard guard) {
    this.users = users;
    this.guard = guard;
  }

  /** Every user with role and lockout, never a password hash. */
  @Get
  @Operation(summary = "The users, their roles and lockouts in force")
  List<User> list(HttpRequest<?> request) {
    List<User> all = users.list();
    AuditNote.attach(request, AuditNote.size(all.size()));
    return all;
  }

  /** Lifts the user's lockout after failed logins. */
  @Post("/{name}/unlock")
  @Operation(summary = "Lift a user's lockout after failed logins")
  User unlock(HttpRequest<?> request, @PathVariable String name) {
    guard.unlock(name);
    return done(request, name, "unlock");
  }

  /** Ends every session and token of the user; their password still signs them in afresh. */
  @Post("/{name}/revoke")
  @Operation(summary = "End every session and token of a user")
  User revoke(HttpRequest<?> request, @PathVariable String name) {
    users.revoke(name);
    return done(request, name, "revoke");
  }

  /** Notes the event in the request's audit line and answers the user as it now is. */
  private User done(HttpRequest<?> request, String name, String event) {
    AuditNote.attach(request, AuditNote.event(event));
    return users.list().stream()
        .filter(u -> u.name().equals(name))
        .findFirst()
        .orElseThrow(
            () -> new SgnetException(SgnetException.Kind.NOT_FOUND, "no user is called " + name));
  }
}

package org.sgnet.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import org.sgnet.security.Roles;

/**
 * The reviewer pages. Each is a shell: its script fetches what the page shows from the JSON API
 * with the visitor's own credentials, so a page never shows more than the API lets that role see.
 */
@Controller
@Hidden
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
class PagesController {

  /**
   * The child page's model.
   *
   * @param user the signed-in user
   * @param id the child's id, as asked for (the page's script finds out whether it exists)
   * @param mayTriage whether the page offers the triage form (the API checks the role again)
   */
  record Child(Html.User user, String id, boolean mayTriage) {}

  /** Children with counts of findings, search and a filter by agency. */
  @Get
  HttpResponse<String> children(Authentication authentication) {
    return Html.page(HttpStatus.OK, "web/children.jte", user(authentication));
  }

  /** One child: ecomap, findings, timeline, as of a date. */
  @Get("/children/{id}")
  HttpResponse<String> child(@PathVariable String id, Authentication authentication) {
    return Html.page(
        HttpStatus.OK,
        "web/child.jte",
        new Child(
            user(authentication),
            id,
            authentication.getRoles().contains(Roles.ADMIN)
                || authentication.getRoles().contains(Roles.ANALYST)));
  }

  /** The whole network or one agency's part, and the agency coordination matrix. */
  @Get("/network")
  HttpResponse<String> network(Authentication authentication) {
    return Html.page(HttpStatus.OK, "web/network.jte", user(authentication));
  }

  /** The board's trend: findings per theme and children affected, step by step. */
  @Get("/trend")
  HttpResponse<String> trend(Authentication authentication) {
    return Html.page(HttpStatus.OK, "web/trend.jte", user(authentication));
  }

  private static Html.User user(Authentication authentication) {
    return new Html.User(
        authentication.getName(), String.join(", ", authentication.getRoles().stream().toList()));
  }
}

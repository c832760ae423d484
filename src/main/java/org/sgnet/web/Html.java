package org.sgnet.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import org.sgnet.report.Templates;

/** The pages' templates, and the headers every page carries. */
final class Html {

  /**
   * Only sgnet's own scripts, styles, images and API: nothing a page loads or sends may leave the
   * server, and no inline script runs. Pictures exported from graphs are data and blob URLs.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:;"
          + " font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none';"
          + " frame-ancestors 'none'";

  private Html() {}

  /** The current user shown in the navigation, or {@code null} on the login page. */
  record User(String name, String role) {}

  /**
   * A page from its template under {@code src/main/jte/web}, which lays it out in the shared GOV.UK
   * layout ({@code web/layout.jte}), with the headers every page carries.
   *
   * @param status the response's status
   * @param template the template, e.g. {@code web/children.jte}
   * @param model the value of the template's one parameter
   */
  static MutableHttpResponse<String> page(HttpStatus status, String template, Object model) {
    return response(status, Templates.render(template, model));
  }

  private static MutableHttpResponse<String> response(HttpStatus status, String html) {
    return HttpResponse.<String>status(status)
        .contentType(MediaType.TEXT_HTML_TYPE.toString() + ";charset=utf-8")
        .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        .header("X-Content-Type-Options", "nosniff")
        // same-origin, not no-referrer: with no-referrer browsers send "Origin: null" on form
        // posts,
        // which the server refuses as a cross-origin request.
        .header("Referrer-Policy", "same-origin")
        .header("Cache-Control", "no-store")
        .body(html);
  }
}

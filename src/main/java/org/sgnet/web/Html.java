package org.sgnet.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import org.sgnet.report.Xml;

/** The GOV.UK page template every page shares, and escaping of the few values put into it. */
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

  /** Escapes text for an HTML element or a quoted attribute. */
  static String escape(String text) {
    return Xml.escape(text);
  }

  /** The current user shown in the navigation, or {@code null} on the login page. */
  record User(String name, String role) {}

  /**
   * A whole page.
   *
   * @param title the page's title (escaped here)
   * @param page the script's page name ({@code children}, {@code child}, {@code network}, {@code
   *     login})
   * @param active the navigation item to mark as current ({@code /} or {@code /network}), or empty
   * @param user the signed-in user, or {@code null}
   * @param dataAttributes extra {@code data-} attributes for the body, already escaped
   * @param main the main content, already escaped
   */
  static String page(
      String title, String page, String active, User user, String dataAttributes, String main) {
    return """
        <!DOCTYPE html>
        <html lang="en" class="govuk-template">
        <head>
        <meta charset="utf-8">
        <title>%s – sgnet</title>
        <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
        <meta name="robots" content="noindex, nofollow">
        <link rel="icon" sizes="48x48" href="/assets/images/favicon.ico">
        <link rel="stylesheet" href="/assets/sgnet.css">
        </head>
        <body class="govuk-template__body" data-page="%s"%s>
        <a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
        %s
        <div class="govuk-width-container">
        <main class="govuk-main-wrapper" id="main-content">
        %s
        </main>
        </div>
        <footer class="govuk-footer">
        <div class="govuk-width-container">
        <div class="govuk-footer__meta">
        <div class="govuk-footer__meta-item govuk-footer__meta-item--grow">
        <p class="govuk-body-s">sgnet, safeguarding network analyzer. Information about children \
        at risk: keep it within the review.</p>
        </div>
        </div>
        </div>
        </footer>
        <script type="module" src="/assets/sgnet.js"></script>
        </body>
        </html>
        """
        .formatted(
            escape(title),
            escape(page),
            dataAttributes.isEmpty() ? "" : " " + dataAttributes,
            navigation(active, user),
            main);
  }

  private static String navigation(String active, User user) {
    StringBuilder items = new StringBuilder();
    if (user != null) {
      items.append(item("/", "Children", active.equals("/")));
      items.append(item("/network", "Network", active.equals("/network")));
      items.append(
          """
          <li class="govuk-service-navigation__item sgnet-user">
          <span class="govuk-body-s sgnet-user__name">%s (%s)</span>
          <form method="post" action="/logout" class="sgnet-inline-form">
          <button type="submit" class="govuk-button govuk-button--secondary sgnet-button--small" \
          data-module="govuk-button">Sign out</button>
          </form>
          </li>
          """
              .formatted(
                  escape(user.name()), escape(user.role().toLowerCase(java.util.Locale.ROOT))));
    }
    return """
        <section aria-label="Service information" class="govuk-service-navigation" \
        data-module="govuk-service-navigation">
        <div class="govuk-width-container">
        <div class="govuk-service-navigation__container">
        <span class="govuk-service-navigation__service-name">
        <a href="/" class="govuk-service-navigation__link">sgnet</a>
        </span>
        %s
        </div>
        </div>
        </section>
        """
        .formatted(
            items.isEmpty()
                ? ""
                : """
                <nav aria-label="Menu" class="govuk-service-navigation__wrapper">
                <button type="button" class="govuk-service-navigation__toggle \
                govuk-js-service-navigation-toggle" aria-controls="navigation" hidden>Menu</button>
                <ul class="govuk-service-navigation__list" id="navigation">
                %s</ul>
                </nav>
                """
                    .formatted(items));
  }

  private static String item(String href, String label, boolean current) {
    return current
        ? """
          <li class="govuk-service-navigation__item govuk-service-navigation__item--active">
          <a class="govuk-service-navigation__link" href="%s" aria-current="page">\
          <strong class="govuk-service-navigation__active-fallback">%s</strong></a>
          </li>
          """
            .formatted(href, label)
        : """
          <li class="govuk-service-navigation__item">
          <a class="govuk-service-navigation__link" href="%s">%s</a>
          </li>
          """
            .formatted(href, label);
  }

  /** An HTML response with the headers every page carries. */
  static MutableHttpResponse<String> response(HttpStatus status, String html) {
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

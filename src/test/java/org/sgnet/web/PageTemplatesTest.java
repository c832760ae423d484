package org.sgnet.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.security.authentication.Authentication;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The pages' templates without a server: one layout, and every value from a request escaped. */
class PageTemplatesTest {

  private static final String HOSTILE = "<script>alert('x')</script>\"><b>Ann & \"Bo\"</b>/?#%";

  private static final Authentication ANALYST = Authentication.build("analyst", List.of("ANALYST"));

  @Test
  void shouldShowAHostileChildIdAsTextInTheHeadingTitleDataAttributeAndFormPath() {
    Document page = parse(new PagesController().child(HOSTILE, ANALYST));

    assertThat(page.select("h1#child-name").text()).isEqualTo(HOSTILE);
    assertThat(page.title()).isEqualTo("Child " + HOSTILE + " – sgnet");
    assertThat(page.body().attr("data-child-id")).isEqualTo(HOSTILE);
    assertThat(page.select("form#asof-form").attr("action"))
        .isEqualTo("/children/" + URLEncoder.encode(HOSTILE, StandardCharsets.UTF_8));
    // Nothing of the id became markup: the only script is the page's own module.
    assertThat(page.select("script")).hasSize(1);
    assertThat(page.select("script").attr("src")).isEqualTo("/assets/sgnet.js");
    assertThat(page.select("b")).isEmpty();
  }

  @Test
  void shouldLayEveryPageOutInTheSameGovUkTemplate() {
    PagesController pages = new PagesController();
    List<Document> all =
        List.of(
            parse(pages.children(ANALYST)),
            parse(pages.child("child-j", ANALYST)),
            parse(pages.network(ANALYST)),
            parse(pages.trend(ANALYST)),
            parse(
                Html.page(
                    HttpStatus.OK, "web/login.jte", new LoginController.SignIn("/", null, ""))));

    assertThat(all)
        .extracting(p -> p.body().attr("data-page"))
        .containsExactly("children", "child", "network", "trend", "login");
    for (Document page : all) {
      assertThat(page.select("html.govuk-template")).hasSize(1);
      assertThat(page.select("a.govuk-skip-link[href=#main-content]")).hasSize(1);
      assertThat(page.select("section.govuk-service-navigation")).hasSize(1);
      assertThat(page.select("main#main-content h1")).hasSize(1);
      assertThat(page.select("footer.govuk-footer")).hasSize(1);
    }
    // The navigation marks the page it is on, and the login page has none.
    assertThat(all.get(0).select("[aria-current=page]").text()).isEqualTo("Children");
    assertThat(all.get(1).select("[aria-current=page]")).isEmpty();
    assertThat(all.get(2).select("[aria-current=page]").text()).isEqualTo("Network");
    assertThat(all.get(3).select("[aria-current=page]").text()).isEqualTo("Trends");
    assertThat(all.get(4).select("nav")).isEmpty();
  }

  @Test
  void shouldShowTheSignedInUserAndTheirRolesAsText() {
    Document page =
        parse(
            new PagesController()
                .children(Authentication.build(HOSTILE, List.of("ANALYST", "REVIEWER"))));

    assertThat(page.select(".sgnet-user__name").text()).isEqualTo(HOSTILE + " (analyst, reviewer)");
    assertThat(page.select("b")).isEmpty();
  }

  @Test
  void shouldGiveTheTypedNameBackEscapedWithTheErrorLinkedToItsField() {
    Document page =
        parse(
            Html.page(
                HttpStatus.UNAUTHORIZED,
                "web/login.jte",
                new LoginController.SignIn(
                    "/network", "The user name or password is not right", HOSTILE)));

    Element name = page.selectFirst("input#username");
    assertThat(name.attr("value")).isEqualTo(HOSTILE);
    assertThat(name.attr("aria-describedby")).isEqualTo("username-error");
    assertThat(page.select("#username-error").text())
        .isEqualTo("Error: The user name or password is not right");
    assertThat(page.select(".govuk-form-group--error")).hasSize(1);
    assertThat(page.select(".govuk-error-summary a[href=#username]").text())
        .isEqualTo("The user name or password is not right");
    assertThat(page.select("input[name=next]").attr("value")).isEqualTo("/network");
    assertThat(page.select("b")).isEmpty();
  }

  @Test
  void shouldShowTheFormWithoutAnErrorTheFirstTime() {
    Document page =
        parse(Html.page(HttpStatus.OK, "web/login.jte", new LoginController.SignIn("/", null, "")));

    Element name = page.selectFirst("input#username");
    assertThat(name.attr("value")).isEmpty();
    assertThat(name.hasAttr("aria-describedby")).isFalse();
    assertThat(page.select(".govuk-error-summary, .govuk-error-message, .govuk-form-group--error"))
        .isEmpty();
  }

  private static Document parse(HttpResponse<String> response) {
    assertThat(response.getHeaders().get("Content-Security-Policy"))
        .isEqualTo(Html.CONTENT_SECURITY_POLICY);
    return Jsoup.parse(response.body());
  }
}

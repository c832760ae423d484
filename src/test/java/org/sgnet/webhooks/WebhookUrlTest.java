package org.sgnet.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sgnet.SgnetException;

class WebhookUrlTest {

  @ParameterizedTest
  @CsvSource({
    "http://127.0.0.1:9000/hook",
    "https://board.example/hooks/sgnet?team=7",
    "HTTPS://board.example",
    "http://[::1]:8080/",
  })
  void shouldAcceptAnAbsoluteHttpOrHttpsUrlWithAHost(String url) {
    assertThat(WebhookUrl.parse(url).getHost()).isNotBlank();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ftp://board.example/hook          | must start with http:// or https://",
        "file:///etc/passwd                | must start with http:// or https://",
        "javascript:alert(1)               | must start with http:// or https://",
        "/hooks/sgnet                      | must start with http:// or https://",
        "board.example/hook                | must start with http:// or https://",
        "http:///hook                      | must name a host",
        "http:hook                         | must name a host",
        "https://user:pw@board.example/    | must not carry a user or password",
        "https://board.example/#x          | must not have a fragment",
        "http://board example/             | is not a URL",
        "''                                | is required",
      })
  void shouldRefuseAnythingElseNamingTheField(String url, String why) {
    assertThatThrownBy(() -> WebhookUrl.parse(url))
        .isInstanceOf(SgnetException.class)
        .hasMessageStartingWith("url ")
        .hasMessageContaining(why)
        .satisfies(
            e ->
                assertThat(((SgnetException) e).kind())
                    .isEqualTo(SgnetException.Kind.INVALID_INPUT));
  }
}

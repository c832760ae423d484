package org.sgnet.webhooks;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.sgnet.SgnetException;

/** The check of a webhook's URL at registration: only absolute {@code http(s)} URLs with a host. */
final class WebhookUrl {

  private WebhookUrl() {}

  /**
   * Returns the URL as it will be called.
   *
   * @throws SgnetException of kind INVALID_INPUT naming the field {@code url} when it is not an
   *     absolute http or https URL with a host (or carries credentials, which would be stored and
   *     shown)
   */
  static URI parse(String url) {
    if (url == null || url.isBlank()) {
      throw invalid("is required");
    }
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      throw invalid("is not a URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw invalid("must start with http:// or https://");
    }
    if (uri.getHost() == null || uri.getHost().isBlank()) {
      throw invalid("must name a host");
    }
    if (uri.getRawUserInfo() != null) {
      // A password in the URL would be kept and listed like the URL itself.
      throw invalid("must not carry a user or password");
    }
    if (uri.getRawFragment() != null) {
      throw invalid("must not have a fragment (#...)");
    }
    return uri;
  }

  private static SgnetException invalid(String why) {
    // The URL itself is not repeated: an error body or log line should not carry what was typed.
    return new SgnetException(SgnetException.Kind.INVALID_INPUT, "url " + why);
  }
}

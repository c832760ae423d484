package org.sgnet.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The OpenAPI document generated from the controllers at build time, and Swagger UI served from its
 * webjar. Neither holds data, so neither needs a login.
 */
@OpenAPIDefinition(
    info =
        @Info(
            title = "sgnet",
            version = "1",
            description =
                "Safeguarding network analyzer: agencies, people, children's networks, findings"
                    + " and exports. Log in with HTTP Basic, or POST /api/token for a bearer"
                    + " token.",
            license = @License(name = "GPL-3.0-or-later")),
    security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
@SecurityScheme(
    name = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT")
@Controller("/api")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
class DocsController {

  private static final String OPENAPI = "/META-INF/swagger/sgnet-1.yml";

  private final String document = read(OPENAPI);

  @Get(value = "/openapi.yml", produces = "application/yaml")
  String openApi() {
    return document;
  }

  @Get(value = "/docs", produces = MediaType.TEXT_HTML)
  HttpResponse<String> docs() {
    String page =
        """
        <!doctype html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>sgnet API</title>
          <link rel="stylesheet" href="/api/docs/ui/swagger-ui.css">
        </head>
        <body>
          <div id="swagger-ui"></div>
          <script src="/api/docs/ui/swagger-ui-bundle.js"></script>
          <script src="/api/docs/init.js"></script>
        </body>
        </html>
        """;
    return HttpResponse.ok(page);
  }

  @Get(value = "/docs/init.js", produces = "text/javascript")
  String init() {
    return "window.ui = SwaggerUIBundle({url: '/api/openapi.yml', dom_id: '#swagger-ui'});\n";
  }

  private static String read(String resource) {
    try (InputStream in = DocsController.class.getResourceAsStream(resource)) {
      return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

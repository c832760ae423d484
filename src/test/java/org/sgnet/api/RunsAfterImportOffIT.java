package org.sgnet.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sgnet.demo.DemoBundle;
import org.sgnet.users.Role;

/** {@code sgnet.runs.record-after-import=false}: an import records no run. */
@MicronautTest
class RunsAfterImportOffIT extends ApiTestSupport {

  @Inject
  @Client("/")
  HttpClient http;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(super.getProperties());
    properties.put("sgnet.runs.record-after-import", "false");
    return properties;
  }

  @Test
  void shouldRecordNoRunAfterAnImportWhenTheSettingIsOff() throws Exception {
    byte[] demo = zip(DemoBundle.extract(Files.createTempDirectory("sgnet-off").resolve("d")));
    assertThat(upload(http, Role.ADMIN, demo).code()).isEqualTo(200);

    assertThat(
            http.toBlocking()
                .retrieve(as(Role.ANALYST, HttpRequest.GET("/api/runs")), String.class))
        .isEqualTo("[]");
  }
}

package org.sgnet.api;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.sgnet.SharedStore;
import org.sgnet.bundle.BundleReader;
import org.sgnet.demo.DemoBundle;
import org.sgnet.store.BundleImporter;
import org.sgnet.store.ImportProgress;
import org.sgnet.users.Role;
import org.sgnet.users.UserDirectory;

/**
 * The HTTP API against the JVM's shared store holding the demo, with one user per role whose
 * password is {@code NAME-password-123}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ApiTestSupport implements TestPropertyProvider {

  @Inject UserDirectory users;

  @Override
  public Map<String, String> getProperties() {
    return SharedStore.contextProperties();
  }

  @BeforeAll
  void demoAndUsers() throws Exception {
    Path dir = java.nio.file.Files.createTempDirectory("sgnet-api-demo");
    BundleImporter importer = new BundleImporter(SharedStore.clear(), 10_000);
    importer.importBundle(
        new BundleReader().read(DemoBundle.extract(dir.resolve("demo"))), ImportProgress.NONE);
    for (Role role : Role.values()) {
      String name = name(role);
      users.add(name, role, password(name).toCharArray());
    }
  }

  static String name(Role role) {
    return role.name().toLowerCase(java.util.Locale.ROOT);
  }

  static String password(String user) {
    return user + "-password-123";
  }

  /** Adds HTTP Basic credentials of the user of that role. */
  static <T> MutableHttpRequest<T> as(Role role, MutableHttpRequest<T> request) {
    String name = name(role);
    return request.basicAuth(name, password(name));
  }

  static MutableHttpRequest<?> get(String uri) {
    return HttpRequest.GET(uri);
  }

  /** Uploads a bundle as POST /api/import, as the user of the role. */
  static HttpResponse<Map<String, Object>> upload(HttpClient http, Role role, byte[] zip) {
    MultipartBody body =
        MultipartBody.builder()
            .addPart("bundle", "bundle.zip", MediaType.of("application/zip"), zip)
            .build();
    return http.toBlocking()
        .exchange(
            as(
                role,
                HttpRequest.POST("/api/import", body).contentType(MediaType.MULTIPART_FORM_DATA)),
            Argument.mapOf(String.class, Object.class));
  }

  /** Zips a bundle folder's files. */
  static byte[] zip(Path folder) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (String file : DemoBundle.FILES) {
        zip.putNextEntry(new ZipEntry(file));
        zip.write(Files.readAllBytes(folder.resolve(file)));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}

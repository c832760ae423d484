package org.sgnet.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadDriverTest {

  @TempDir Path dir;

  @Test
  void shouldTakeTheIdsOfTheListedChildrenOnlyNotOfWhatTheyHold() {
    String page =
        "{\"total\":2,\"items\":[{\"id\":\"child-a\",\"agencies\":[{\"id\":\"ag-1\"}]},"
            + "{\"name\":\"x\",\"id\":\"child-b\"}],\"id\":\"not-a-child\"}";
    assertThat(LoadDriver.itemIds(page)).containsExactly("child-a", "child-b");
  }

  @Test
  void shouldReadATopLevelFieldAndIgnoreNestedOnes() {
    String feed = "{\"after\":0,\"changes\":[{\"next\":99}],\"next\":42,\"more\":false}";
    assertThat(LoadDriver.field(feed, "next")).isEqualTo("42");
    assertThat(LoadDriver.field(feed, "missing")).isNull();
    assertThat(LoadDriver.field("[1,2]", "next")).isNull();
  }

  @Test
  void shouldEscapeRequestBodies() {
    Map<String, Object> body = new TreeMap<>();
    body.put("query", "RETURN \"x\" AS y");
    body.put("parameters", Map.of("top", 5));
    assertThat(LoadDriver.json(body))
        .isEqualTo("{\"parameters\":{\"top\":5},\"query\":\"RETURN \\\"x\\\" AS y\"}");
  }

  @Test
  void shouldZipABundleFolderWithItsFilesAtTheTop() throws Exception {
    Files.writeString(dir.resolve("people.csv"), "id\n");
    Files.writeString(dir.resolve("agencies.csv"), "id\n");
    List<String> names = new ArrayList<>();
    try (ZipInputStream zip =
        new ZipInputStream(new ByteArrayInputStream(LoadDriver.zipped(dir)))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        names.add(e.getName() + "=" + new String(zip.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    assertThat(names).containsExactly("agencies.csv=id\n", "people.csv=id\n");
  }
}

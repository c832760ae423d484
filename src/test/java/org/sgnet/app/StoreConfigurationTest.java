package org.sgnet.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The store's configuration is read twice: bound to the bean, and by {@link
 * StoreConfiguration#read} before the beans exist (the store opened early, a bulk import). The two
 * must not drift apart.
 */
class StoreConfigurationTest {

  /** Every property of the bean, each set to a value other than its default. */
  private static final Map<String, Object> SET =
      Map.ofEntries(
          Map.entry("db", "/tmp/sgnet-configuration-test"),
          Map.entry("uri", "bolt://example.invalid:7687"),
          Map.entry("username", "reader"),
          Map.entry("password", "not-a-secret"),
          Map.entry("database", "cases"),
          Map.entry("bolt-host", "127.0.0.2"),
          Map.entry("bolt-port", "7999"),
          Map.entry("page-cache", "64m"),
          Map.entry("use-running", "false"),
          Map.entry("cap-transaction-memory", "true"),
          Map.entry("batch-size", "123"));

  @Test
  void shouldReadEveryPropertyAsTheBeanIsBound() throws Exception {
    Map<String, Object> properties = new HashMap<>();
    SET.forEach((k, v) -> properties.put("sgnet.store." + k, v));
    properties.put("sgnet.store.enabled", "false");
    PropertyDescriptor[] beanProperties =
        Arrays.stream(Introspector.getBeanInfo(StoreConfiguration.class).getPropertyDescriptors())
            .filter(p -> p.getReadMethod() != null && p.getWriteMethod() != null)
            .toArray(PropertyDescriptor[]::new);
    // A property added to the bean must be added here, and so to StoreConfiguration.read.
    assertThat(new TreeSet<>(SET.keySet()))
        .isEqualTo(
            new TreeSet<>(
                Arrays.stream(beanProperties)
                    .map(p -> p.getName().replaceAll("([A-Z])", "-$1").toLowerCase())
                    .toList()));

    try (ApplicationContext context = ApplicationContext.run(properties)) {
      StoreConfiguration bound = context.getBean(StoreConfiguration.class);
      StoreConfiguration read = StoreConfiguration.read(context.getEnvironment());
      for (PropertyDescriptor p : beanProperties) {
        assertThat(p.getReadMethod().invoke(read))
            .as(p.getName())
            .isEqualTo(p.getReadMethod().invoke(bound))
            .isNotEqualTo(p.getReadMethod().invoke(new StoreConfiguration()));
      }
    }
  }
}

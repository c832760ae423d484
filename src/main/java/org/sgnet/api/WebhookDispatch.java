package org.sgnet.api;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import org.sgnet.webhooks.Backoff;
import org.sgnet.webhooks.DispatchSettings;
import org.sgnet.webhooks.Dispatcher;
import org.sgnet.webhooks.Webhooks;

/**
 * The webhook dispatcher of a served process ({@code sgnet serve}, {@code sgnet demo}), started
 * with the context and stopped before the store closes. Commands ({@code cli} environment) never
 * send: only the server does, so one process per store sends its webhooks. Settings: {@code
 * sgnet.webhooks.enabled}, {@code poll}, {@code backoff-first}, {@code backoff-cap}, {@code
 * max-attempts}.
 */
@Context
@Requires(notEnv = "cli")
@Requires(property = "sgnet.store.enabled", notEquals = "false")
@Requires(property = "sgnet.webhooks.enabled", notEquals = "false")
class WebhookDispatch {

  private final Dispatcher dispatcher;

  WebhookDispatch(
      Webhooks webhooks,
      PersonCodes codes,
      @Property(name = "sgnet.webhooks.poll", defaultValue = "1s") Duration poll,
      @Property(name = "sgnet.webhooks.backoff-first", defaultValue = "1s") Duration first,
      @Property(name = "sgnet.webhooks.backoff-cap", defaultValue = "10m") Duration cap,
      @Property(name = "sgnet.webhooks.max-attempts", defaultValue = "100") int maxAttempts) {
    DispatchSettings defaults = DispatchSettings.defaults();
    this.dispatcher =
        new Dispatcher(
            webhooks,
            codes,
            new DispatchSettings(
                poll,
                new Backoff(first, cap),
                maxAttempts,
                defaults.connectTimeout(),
                defaults.requestTimeout()));
    dispatcher.start();
  }

  @PreDestroy
  void stop() {
    dispatcher.close();
  }
}

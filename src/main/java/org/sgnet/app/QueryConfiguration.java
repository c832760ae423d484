package org.sgnet.app;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;
import org.sgnet.query.QueryLimits;

/**
 * The {@code sgnet.query.*} configuration: the limits of analyst Cypher ({@code POST /api/cypher}).
 * Each property can also come from the environment, e.g. {@code SGNET_QUERY_TIMEOUT=5s}.
 */
@ConfigurationProperties("sgnet.query")
public class QueryConfiguration {

  private Duration timeout = QueryLimits.DEFAULTS.timeout();
  private int maxRunning = QueryLimits.DEFAULT_MAX_RUNNING;
  private int maxRunningPerUser = QueryLimits.DEFAULT_MAX_RUNNING_PER_USER;

  /** Returns the limits analyst queries run under. */
  public QueryLimits toLimits() {
    return QueryLimits.DEFAULTS.withTimeout(timeout).withRunning(maxRunning, maxRunningPerUser);
  }

  public Duration getTimeout() {
    return timeout;
  }

  public void setTimeout(Duration timeout) {
    this.timeout = timeout;
  }

  public int getMaxRunning() {
    return maxRunning;
  }

  public void setMaxRunning(int maxRunning) {
    this.maxRunning = maxRunning;
  }

  public int getMaxRunningPerUser() {
    return maxRunningPerUser;
  }

  public void setMaxRunningPerUser(int maxRunningPerUser) {
    this.maxRunningPerUser = maxRunningPerUser;
  }
}

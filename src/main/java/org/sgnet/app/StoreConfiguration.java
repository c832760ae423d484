package org.sgnet.app;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.value.PropertyResolver;
import java.nio.file.Path;
import org.sgnet.store.StoreSettings;

/**
 * The {@code sgnet.store.*} configuration. Every property can also come from the environment
 * ({@code SGNET_STORE_URI}, {@code SGNET_STORE_USERNAME}, {@code SGNET_STORE_PASSWORD} …), which is
 * where credentials of an external server belong.
 */
@ConfigurationProperties("sgnet.store")
public class StoreConfiguration {

  private static final String PREFIX = "sgnet.store.";

  private Path db;
  private String uri;
  private String username;
  private String password;
  private String database;
  private String boltHost = "127.0.0.1";
  private int boltPort;
  private String pageCache = "1g";
  private int batchSize = 10_000;
  private boolean useRunning = true;
  private boolean capTransactionMemory;

  /**
   * Reads the {@code sgnet.store.*} configuration from a started environment, with the defaults of
   * the bean: for work done before the context's beans exist (opening the store early, a bulk
   * import), which must see the same settings as the bean will.
   */
  public static StoreConfiguration read(PropertyResolver environment) {
    StoreConfiguration c = new StoreConfiguration();
    environment.getProperty(PREFIX + "db", Path.class).ifPresent(c::setDb);
    environment.getProperty(PREFIX + "uri", String.class).ifPresent(c::setUri);
    environment.getProperty(PREFIX + "username", String.class).ifPresent(c::setUsername);
    environment.getProperty(PREFIX + "password", String.class).ifPresent(c::setPassword);
    environment.getProperty(PREFIX + "database", String.class).ifPresent(c::setDatabase);
    environment.getProperty(PREFIX + "bolt-host", String.class).ifPresent(c::setBoltHost);
    environment.getProperty(PREFIX + "bolt-port", Integer.class).ifPresent(c::setBoltPort);
    environment.getProperty(PREFIX + "page-cache", String.class).ifPresent(c::setPageCache);
    environment.getProperty(PREFIX + "batch-size", Integer.class).ifPresent(c::setBatchSize);
    environment.getProperty(PREFIX + "use-running", Boolean.class).ifPresent(c::setUseRunning);
    environment
        .getProperty(PREFIX + "cap-transaction-memory", Boolean.class)
        .ifPresent(c::setCapTransactionMemory);
    return c;
  }

  /** Returns the settings the store is opened with. */
  public StoreSettings toSettings() {
    return new StoreSettings(
        db == null ? StoreSettings.defaultDataDirectory() : db,
        uri,
        username,
        password,
        database,
        boltHost,
        boltPort,
        pageCache,
        batchSize,
        capTransactionMemory);
  }

  public Path getDb() {
    return db;
  }

  public void setDb(Path db) {
    this.db = db;
  }

  public String getUri() {
    return uri;
  }

  public void setUri(String uri) {
    this.uri = uri;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getDatabase() {
    return database;
  }

  public void setDatabase(String database) {
    this.database = database;
  }

  public String getBoltHost() {
    return boltHost;
  }

  public void setBoltHost(String boltHost) {
    this.boltHost = boltHost;
  }

  public int getBoltPort() {
    return boltPort;
  }

  public void setBoltPort(int boltPort) {
    this.boltPort = boltPort;
  }

  public String getPageCache() {
    return pageCache;
  }

  public void setPageCache(String pageCache) {
    this.pageCache = pageCache;
  }

  /**
   * Returns whether an embedded store that {@code sgnet serve} holds is used through the server
   * (property {@code sgnet.store.use-running}, default true); the server itself sets it false.
   */
  public boolean isUseRunning() {
    return useRunning;
  }

  public void setUseRunning(boolean useRunning) {
    this.useRunning = useRunning;
  }

  /**
   * Returns whether the embedded store caps the memory of each transaction (property {@code
   * sgnet.store.cap-transaction-memory}, default false); the server sets it true.
   */
  public boolean isCapTransactionMemory() {
    return capTransactionMemory;
  }

  public void setCapTransactionMemory(boolean capTransactionMemory) {
    this.capTransactionMemory = capTransactionMemory;
  }

  public int getBatchSize() {
    return batchSize;
  }

  public void setBatchSize(int batchSize) {
    this.batchSize = batchSize;
  }
}

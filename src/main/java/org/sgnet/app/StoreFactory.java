package org.sgnet.app;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.sgnet.export.GraphSnapshotReader;
import org.sgnet.export.NetworkExporter;
import org.sgnet.export.Pseudonymiser;
import org.sgnet.network.BoardReader;
import org.sgnet.network.LatestEventDateReader;
import org.sgnet.query.AnalystCypher;
import org.sgnet.query.NamedQueries;
import org.sgnet.records.Records;
import org.sgnet.report.Reporter;
import org.sgnet.rules.Analyzer;
import org.sgnet.store.BundleImporter;
import org.sgnet.store.Store;
import org.sgnet.store.StoreOpening;

/** Builds the store and what works on it. */
@Factory
class StoreFactory {

  /**
   * The store starts with the application, not on the first request. Commands that only touch the
   * server's files (users, audit) run with {@code sgnet.store.enabled=false}, so that they work
   * while a server holds the embedded store; the others use the store through that server.
   *
   * <p>A command's context may have begun opening the store before it started (a {@link
   * StoreOpening} among its singletons, see {@code cli.Contexts}): the bean then takes that store,
   * which has started beside the rest of the context.
   */
  @Context
  @Requires(property = "sgnet.store.enabled", notEquals = "false")
  @Bean(preDestroy = "close")
  Store store(StoreConfiguration configuration, @Nullable StoreOpening opening) {
    return opening != null
        ? opening.take(configuration.toSettings(), configuration.isUseRunning())
        : Store.open(configuration.toSettings(), configuration.isUseRunning());
  }

  @Singleton
  BundleImporter importer(Store store) {
    return new BundleImporter(store, store.settings().batchSize());
  }

  @Singleton
  Records records(Store store) {
    return new Records(store.driver(), store.settings().database());
  }

  /** One for the process: it remembers the date, and an import must make it forget. */
  @Singleton
  LatestEventDateReader latestEventDateReader(Store store) {
    return new LatestEventDateReader(store);
  }

  /** One for the server, so that what it keeps between requests is shared by them. */
  @Singleton
  BoardReader boardReader(Store store) {
    return new BoardReader(store);
  }

  @Singleton
  NetworkExporter networkExporter(Store store) {
    return new NetworkExporter(new GraphSnapshotReader(store));
  }

  /** Named queries are checked once, at start: a bad header stops the server early. */
  @Context
  @Requires(property = "sgnet.store.enabled", notEquals = "false")
  NamedQueries namedQueries(Store store) {
    return new NamedQueries(store);
  }

  /** Closed before the store, so that stopping never waits on a runaway analyst query. */
  @Singleton
  @Bean(preDestroy = "close")
  AnalystCypher analystCypher(Store store, QueryConfiguration configuration) {
    return new AnalystCypher(store, configuration.toLimits());
  }

  /** The webhooks and their deliveries: registered from the API or the command line. */
  @Singleton
  org.sgnet.webhooks.Webhooks webhooks(Store store) {
    return new org.sgnet.webhooks.Webhooks(store, java.time.Clock.systemUTC());
  }

  /** Reports share the analyzer's run and the export codes. */
  @Singleton
  Reporter reporter(Analyzer analyzer, Store store, Pseudonymiser pseudonymiser) {
    return new Reporter(analyzer, store, pseudonymiser);
  }

  /** The pseudonymisation key stays with the server's files, never in an export. */
  @Singleton
  Pseudonymiser pseudonymiser(ServerFiles files) {
    return new Pseudonymiser(files.resolve("pseudonym-key"));
  }
}

package org.sgnet.app;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.sgnet.export.GraphSnapshotReader;
import org.sgnet.network.ChildNetworkReader;
import org.sgnet.network.ChildPageReader;
import org.sgnet.network.CoordinationMatrixReader;
import org.sgnet.network.CoordinationReader;
import org.sgnet.network.LatestEventDateReader;
import org.sgnet.store.Store;
import org.sgnet.timeline.TimelineReader;

/**
 * Builds the readers of the read models, one each: the latest event date's reader remembers its
 * date, and an import must make the one that the read endpoints ask forget it.
 */
@Factory
class ReadersFactory {

  @Singleton
  LatestEventDateReader latestEventDateReader(Store store) {
    return new LatestEventDateReader(store);
  }

  @Singleton
  ChildNetworkReader childNetworkReader(Store store) {
    return new ChildNetworkReader(store);
  }

  @Singleton
  ChildPageReader childPageReader(Store store) {
    return new ChildPageReader(store);
  }

  @Singleton
  CoordinationMatrixReader coordinationMatrixReader(Store store) {
    return new CoordinationMatrixReader(store);
  }

  @Singleton
  CoordinationReader coordinationReader(Store store) {
    return new CoordinationReader(store);
  }

  @Singleton
  TimelineReader timelineReader(Store store) {
    return new TimelineReader(store);
  }

  @Singleton
  GraphSnapshotReader graphSnapshotReader(Store store) {
    return new GraphSnapshotReader(store);
  }
}

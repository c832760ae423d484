package org.springframework.data.neo4j.repository.support;

import org.springframework.data.neo4j.core.Neo4jOperations;
import org.springframework.data.neo4j.core.mapping.Neo4jMappingContext;

/**
 * Creates Spring Data Neo4j repositories without a Spring application context.
 *
 * <p>SDN's repository factory is package-private; this class lives in SDN's package (the jar is not
 * sealed) only to reach it. sgnet uses it from {@code org.sgnet.records} and nowhere else.
 */
public final class SgnetRepositoryBridge {

  private SgnetRepositoryBridge() {}

  /** Returns an implementation of the repository interface backed by the given template. */
  public static <T> T create(
      Class<T> repositoryInterface, Neo4jOperations operations, Neo4jMappingContext context) {
    return new Neo4jRepositoryFactory(operations, context).getRepository(repositoryInterface);
  }
}

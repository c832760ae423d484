package org.sgnet.records;

import java.util.List;
import org.springframework.data.neo4j.repository.Neo4jRepository;

/** People by id and by kind. */
interface PersonRepository extends Neo4jRepository<PersonEntity, String> {

  /** Returns the people of a kind, such as {@code CHILD}. */
  List<PersonEntity> findByKindOrderById(String kind);
}

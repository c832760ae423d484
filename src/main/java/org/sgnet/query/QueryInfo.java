package org.sgnet.query;

import java.util.List;

/**
 * A named query, as its header describes it.
 *
 * @param name the name, which is also the file name without {@code .cypher}
 * @param description what the query finds
 * @param params its parameters, in header order
 */
public record QueryInfo(String name, String description, List<QueryParam> params) {

  public QueryInfo {
    params = List.copyOf(params);
  }
}

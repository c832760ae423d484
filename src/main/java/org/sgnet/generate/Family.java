package org.sgnet.generate;

import java.util.List;
import java.util.Objects;

/**
 * One family being generated, made fresh for each family: its authority, its id and its children,
 * the eldest first. What the scenarios add is held by the children and by the {@link Household}.
 *
 * @param authority the local authority that serves the family
 * @param id the family's id, which the ids of its members start with
 * @param children the children, eldest first, at least one
 */
record Family(Authority authority, String id, List<Child> children) {

  Family {
    Objects.requireNonNull(authority, "authority");
    Objects.requireNonNull(id, "id");
    children = List.copyOf(children);
    if (children.isEmpty()) {
      throw new IllegalArgumentException("a family has at least one child");
    }
  }

  /** The eldest child. */
  Child eldest() {
    return children.get(0);
  }

  /** The ids of the other children of the family, in order. */
  List<String> siblingsOf(Child child) {
    List<String> ids = new java.util.ArrayList<>(children.size());
    for (Child c : children) {
      if (c != child) {
        ids.add(c.id);
      }
    }
    return ids;
  }
}

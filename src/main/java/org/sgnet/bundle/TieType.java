package org.sgnet.bundle;

/** The types of tie of {@code relationships.csv}. */
public enum TieType {
  /** Child to child, symmetric. */
  SIBLING,
  /** From a family member to a child. */
  PARENT,
  /** From a child to the person the child lives with. */
  PLACED_WITH,
  /** From a professional to a child the professional works with. */
  INVOLVED
}

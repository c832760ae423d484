// Fragment: the involved agencies of a child (rules.md, Terms): the agencies of its involved
// professionals, and the agency of every event about the child in the window ($windowStart <
// date <= $asOf). The JGraphT definition is graph/Involvement.agencies. An expression with its
// alias, for a WITH or RETURN list; include fragments/involved-professionals before it.
// in: c              the child (a :Child node)
// in: professionals  its involved professionals (fragments/involved-professionals)
// in: $asOf          the as-of date
// in: $windowStart   the day before the window's first day
// out: agencies  a list of distinct :Agency nodes
// p, e and a are the subquery's own: do not have them bound where the fragment is included.
COLLECT {
  UNWIND professionals AS p
  MATCH (p)-[:MEMBER_OF]->(a:Agency)
  RETURN a
  UNION
  MATCH (c)<-[:ABOUT]-(e:Event)-[:RECORDED_IN]->(a:Agency)
  WHERE $windowStart < e.date <= $asOf
  RETURN a
} AS agencies

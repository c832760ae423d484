// Fragment: the involved professionals of a child (rules.md, Terms): every professional with an
// INVOLVED tie to the child active on $asOf, and every professional who recorded or took part in
// an event about the child in the window ($windowStart < date <= $asOf). The JGraphT definition
// is graph/Involvement.professionals. An expression with its alias, for a WITH or RETURN list.
// in: c             the child (a :Child node)
// in: $asOf         the as-of date
// in: $windowStart  the day before the window's first day
// out: professionals  a list of distinct :Professional nodes
// p, t and e are the subquery's own: do not have them bound where the fragment is included.
COLLECT {
  MATCH (p:Professional)-[t:INVOLVED]->(c)
  WHERE // include fragments/active-tie
  RETURN p
  UNION
  MATCH (c)<-[:ABOUT]-(e:Event)-[:RECORDED_BY|PARTICIPANT]->(p:Professional)
  WHERE $windowStart < e.date <= $asOf
  RETURN p
} AS professionals

// How much the store holds, for 'store info' and the import report.
CALL {
  MATCH (a:Agency) RETURN count(a) AS agencies
}
CALL {
  MATCH (p:Person) RETURN count(p) AS people
}
CALL {
  MATCH (e:Event) RETURN count(e) AS events
}
CALL {
  MATCH (:Person)-[t:SIBLING|PARENT|PLACED_WITH|INVOLVED]->(:Person) RETURN count(t) AS ties
}
RETURN agencies, people, ties, events

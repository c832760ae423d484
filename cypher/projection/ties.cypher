// JGraphT projection: the ties the twin rules read (SIBLING, PARENT, PLACED_WITH, INVOLVED) with
// their periods; whether a tie is active on the as-of date is decided in Java.
MATCH (a:Person)-[t:SIBLING|PARENT|PLACED_WITH|INVOLVED]->(b:Person)
RETURN type(t) AS type, a.id AS fromId, b.id AS toId, t.start AS start, t.end AS end,
       t.legalBasis AS legalBasis, t.lead AS lead,
       t.parentalResponsibility AS parentalResponsibility

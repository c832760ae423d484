// For the board's views: every child with involved agencies as of $asOf over the window, and the ids
// of those agencies (rules.md, Terms; the same involvement as board/shared-children and
// rules/agency_silo). One row a child: the server counts pairs and lists an agency's children from
// these rows, and keeps them until the store changes.
MATCH (c:Child)
WITH c,
     // include fragments/involved-professionals
WITH c,
     // include fragments/involved-agencies
WHERE size(agencies) > 0
RETURN c.id AS child, [agency IN agencies | agency.id] AS agencies

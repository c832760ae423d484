// Fragment: whether a tie is active on the as-of date (rules.md, Terms): it has started by then
// (or has no start) and has not ended before it (or has no end). A predicate, written after WHERE
// or AND. The JGraphT definition is Projection.TieRow.activeOn.
// in: t      the tie (a relationship variable) bound where the fragment is included
// in: $asOf  the as-of date
// binds nothing
(t.start IS NULL OR t.start <= $asOf) AND (t.end IS NULL OR t.end >= $asOf)

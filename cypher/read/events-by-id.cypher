// The events among $ids (ids that are not events' are left out): what the coded answers of a role
// that may not read person records replace, since source-built event ids carry the child's id in
// the source.
MATCH (e:Event)
WHERE e.id IN $ids
RETURN e.id AS id

// JGraphT projection: the events of the window ($windowStart < date <= $asOf) and, before it,
// those of the types the rules read at any date up to $asOf ($historyTypes), read through the
// date index, with their typed fields and, in one walk over each event's relationships, the
// [type, id] of its subject (ABOUT a Person), agency (RECORDED_IN an Agency), recorder
// (RECORDED_BY a Person) and participants (PARTICIPANT, People), in the store's order.
// ProjectionLoader keeps an event linked to a subject and an agency, as MATCHing both would, and
// its first recorder: one walk instead of four reads a third fewer records (16.7 M against
// 10.5 M database hits for 377,063 events at 16,000 children).
MATCH (e:Event)
WHERE e.date <= $asOf AND ($windowStart < e.date OR e.type IN $historyTypes)
RETURN e.id AS id, e.date AS date, e.type AS type,
       [(e)-[r:ABOUT|RECORDED_IN|RECORDED_BY|PARTICIPANT]->(x)
        WHERE CASE type(r) WHEN 'RECORDED_IN' THEN x:Agency ELSE x:Person END
        | [type(r), x.id]] AS links,
       e.subtype AS subtype, e.value AS value, e.requestedBy AS requestedBy,
       e.seenAlone AS seenAlone

// How many chronology events the store holds (from the count store: no scan). The rule engine
// runs whole-network statements side by side only below a size.
MATCH (e:Event)
RETURN count(e) AS events

// Takes the findings' counter for the transaction (creating it the first time): writing it locks
// it, so runs and triage decisions are numbered one after another, in the order they commit, and
// a reader of the feed never sees change n+1 before change n.
MERGE (c:SgnetCounter {name: 'findings'})
  ON CREATE SET c.seq = 0, c.runs = 0
SET c.lockedAt = $at
RETURN c.seq AS seq, c.runs AS runs

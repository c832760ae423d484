// What the next run compares its findings with: every finding's status, evidence hash, whether
// the last run found it, and what the feed says of one that resolves.
MATCH (f:SgnetFinding)
RETURN f.key AS key, f.status AS status, f.hash AS hash, f.open AS open, f.rule AS rule,
       f.childIds AS childIds

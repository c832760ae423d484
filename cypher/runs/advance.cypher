// Moves the findings' counter to the last change and run numbers given out.
MATCH (c:SgnetCounter {name: 'findings'})
SET c.seq = $seq, c.runs = $runs

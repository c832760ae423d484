// Appends changes to the findings' log (history and feed), each with its sequence number.
UNWIND $changes AS change
CREATE (c:SgnetFindingChange)
SET c = change

// An analyst's triage of one finding: its status and reason, its note when one is given, and who
// decided when.
MATCH (f:SgnetFinding {key: $key})
SET f.status = $status, f.reason = $reason, f.note = coalesce($note, f.note),
    f.triagedBy = $by, f.triagedAt = $at

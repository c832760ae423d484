// Records an attempt at a delivery: its outcome (an HTTP status or an error's class, never a body),
// the new status and when to try next; the last ten outcomes are kept.
MATCH (d:SgnetWebhookDelivery {id: $id, status: 'PENDING'})
SET d.attempts = d.attempts + 1,
    d.status = $status,
    d.lastStatus = $httpStatus,
    d.lastError = $error,
    d.nextAttemptAt = $nextAttemptAt,
    d.updatedAt = $at,
    d.deliveredAt = CASE WHEN $status = 'DELIVERED' THEN $at ELSE d.deliveredAt END,
    d.outcomes = (coalesce(d.outcomes, []) + [$outcome])[-10..]
RETURN d {.*} AS delivery

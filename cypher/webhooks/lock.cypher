// Takes an active webhook for the transaction (writing it locks it), so that one transaction at a
// time moves its cursor and creates its deliveries.
MATCH (w:SgnetWebhook {id: $id, active: true})
SET w.lockedAt = $at
RETURN w.cursor AS cursor, w.events AS events

// Creates the deliveries of changes a webhook wants and moves its cursor past the changes read, in
// one statement of the transaction that locked it.
MATCH (w:SgnetWebhook {id: $id})
SET w.cursor = $cursor
WITH w
UNWIND $deliveries AS delivery
CREATE (d:SgnetWebhookDelivery)
SET d = delivery

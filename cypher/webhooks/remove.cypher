// Removes a webhook: it is never called again, its secret is forgotten and the deliveries not yet
// made are cancelled; the registration and its log stay for the record.
MATCH (w:SgnetWebhook {id: $id, active: true})
SET w.active = false, w.secret = null, w.removedBy = $by, w.removedAt = $at
WITH w
OPTIONAL MATCH (d:SgnetWebhookDelivery {webhookId: w.id, status: 'PENDING'})
SET d.status = 'CANCELLED', d.updatedAt = $at
RETURN w {.*} AS webhook, count(d) AS cancelled

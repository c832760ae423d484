// The delivery log: one webhook's deliveries (or every webhook's when $id is null) after a change
// number, in the feed's order, at most $limit of them.
MATCH (d:SgnetWebhookDelivery)
WHERE ($id IS NULL OR d.webhookId = $id) AND d.seq > $after
RETURN d {.*} AS delivery
ORDER BY d.seq, d.webhookId
LIMIT $limit

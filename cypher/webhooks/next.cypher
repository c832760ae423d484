// A webhook's oldest delivery still to make, with the change it carries: deliveries go out one at a
// time, in the feed's order.
MATCH (d:SgnetWebhookDelivery {webhookId: $id, status: 'PENDING'})
WITH d
ORDER BY d.seq
LIMIT 1
MATCH (c:SgnetFindingChange {seq: d.seq})
RETURN d {.*} AS delivery, c {.*} AS change

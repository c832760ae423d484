// Registers a webhook. Its cursor starts at the current end of the change feed: it is sent the
// changes made after it was registered, not the history before.
OPTIONAL MATCH (c:SgnetCounter {name: 'findings'})
CREATE (w:SgnetWebhook)
SET w = $webhook, w.cursor = coalesce(c.seq, 0)
RETURN w {.*} AS webhook

// Every webhook registered, removed ones too (their deliveries stay in the log), oldest first.
MATCH (w:SgnetWebhook)
RETURN w {.*} AS webhook
ORDER BY w.createdAt, w.id

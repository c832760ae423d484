// V005: webhooks (issue 17, item 4). A registration is one SgnetWebhook node with its cursor in the
// change feed; every change it wants becomes one SgnetWebhookDelivery node, created in the same
// transaction that moves the cursor, so that a restart neither loses nor repeats one.
CREATE CONSTRAINT sgnet_webhook_id IF NOT EXISTS FOR (w:SgnetWebhook) REQUIRE w.id IS UNIQUE;
CREATE CONSTRAINT sgnet_webhook_delivery_id IF NOT EXISTS FOR (d:SgnetWebhookDelivery) REQUIRE d.id IS UNIQUE;
CREATE INDEX sgnet_webhook_delivery_webhook IF NOT EXISTS FOR (d:SgnetWebhookDelivery) ON (d.webhookId, d.status);

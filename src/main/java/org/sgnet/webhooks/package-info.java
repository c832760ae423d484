/**
 * Webhooks (issue 17, item 4): an ADMIN registers a URL, a secret and the kinds of change wanted;
 * every change of the findings' feed after the registration becomes a stored delivery, which the
 * dispatcher of a served process POSTs as JSON signed with HMAC-SHA256, retrying with back-off, and
 * whose attempts are the delivery log. Payloads carry coded children unless a registration asks for
 * the store's ids. No Micronaut here: the endpoints and the dispatcher's lifetime live in {@code
 * org.sgnet.api}, the commands in {@code org.sgnet.cli}.
 */
package org.sgnet.webhooks;

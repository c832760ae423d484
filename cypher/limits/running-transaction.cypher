// The server's transaction of one analyst query, found by the tag sgnet put in its metadata: its
// id (to terminate it) and its Bolt connection (whose worker thread runs it, when the store is
// embedded in this process).
SHOW TRANSACTIONS
YIELD transactionId, connectionId, clientAddress, metaData
WHERE metaData.sgnetQuery = $tag
RETURN transactionId, connectionId, clientAddress

// Marks an analyst query's transaction for termination, which Neo4j acts on at its next check.
TERMINATE TRANSACTIONS $ids
YIELD transactionId
RETURN transactionId

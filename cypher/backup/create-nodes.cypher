// Restores a batch of nodes ($rows: key, labels, props) and returns each one's new element id.
UNWIND $rows AS row
CREATE (n)
SET n:$(row.labels), n = row.props
RETURN row.key AS key, elementId(n) AS element

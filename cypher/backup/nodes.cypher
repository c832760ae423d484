// Every node of the store, sgnet's own records included, with all its labels and properties.
MATCH (n)
RETURN elementId(n) AS element, labels(n) AS labels, properties(n) AS props

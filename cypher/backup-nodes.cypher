// Backup: every node, whatever its labels, with all its properties; `key` (Neo4j's element id) only pairs
// relationships with their ends while this transaction runs and is never written to the dump.
MATCH (n)
RETURN elementId(n) AS key, labels(n) AS labels, properties(n) AS properties

// Backup: every relationship with its type, its ends (element ids, see backup-nodes) and all its properties.
MATCH (a)-[r]->(b)
RETURN elementId(a) AS fromKey, type(r) AS type, elementId(b) AS toKey, properties(r) AS properties

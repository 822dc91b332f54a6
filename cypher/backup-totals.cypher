// Backup: how many nodes and relationships the graph holds (from Neo4j's count store), read again at the end of
// the backup's read transaction: a count that differs from what was read means a write came in between.
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships

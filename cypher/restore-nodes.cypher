// Restore: one batch of a dump's nodes; labels come from the dump (dynamic labels, never Cypher text built from it).
// Returns each new node's element id under the node's id in the dump, for the relationships to find their ends.
UNWIND $nodes AS node
CREATE (n:$(node.labels))
SET n = node.properties
RETURN node.id AS id, elementId(n) AS key

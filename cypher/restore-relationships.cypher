// Restore: one batch of a dump's relationships between nodes restored before (by element id); the type comes from the dump.
UNWIND $relationships AS rel
MATCH (a) WHERE elementId(a) = rel.fromKey
MATCH (b) WHERE elementId(b) = rel.toKey
CREATE (a)-[r:$(rel.type)]->(b)
SET r = rel.properties
RETURN count(r) AS created

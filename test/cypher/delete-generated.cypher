// Removes everything generate-graph.cypher created.
MATCH (n:Entity) WHERE n.id CONTAINS ':gen-'
DETACH DELETE n

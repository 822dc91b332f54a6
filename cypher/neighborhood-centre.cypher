// The centre of a neighbourhood (no row for an unknown $id), in the row shape of neighborhood-step.cypher.
MATCH (n:Entity {id: $id})
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props

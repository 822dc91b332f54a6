// Puts entity $id back to a recorded state: $properties (all of them) and the label of kind $kind (checked
// against the model by the caller); the labels of other kinds it carries now are taken off ($otherKinds).
MERGE (n:Entity {id: $id})
SET n = $properties
SET n:$($kind)
REMOVE n:$($otherKinds)
WITH n
OPTIONAL MATCH (m:MergedId {id: $id})
DELETE m
RETURN n.id AS id

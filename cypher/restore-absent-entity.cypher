// Takes entity (or merged id) $id away, as it was before a change created it; returns the relationships it has
// now (the caller refuses, rolling back, when any is not part of the change being reverted).
OPTIONAL MATCH (n:Entity {id: $id})
OPTIONAL MATCH (n)-[x]-(o:Entity)
WITH n, collect(CASE WHEN x IS NULL THEN null WHEN startNode(x) = n THEN {from: $id, type: type(x), to: o.id} ELSE {from: o.id, type: type(x), to: $id} END) AS relationships
DETACH DELETE n
WITH relationships
OPTIONAL MATCH (m:MergedId {id: $id})
DELETE m
RETURN relationships

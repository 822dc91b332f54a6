// Puts back a merged-away id: no entity $id, a MergedId pointing to $into.
OPTIONAL MATCH (n:Entity {id: $id})
DETACH DELETE n
MERGE (m:MergedId {id: $id})
SET m.into = $into
RETURN $id AS id

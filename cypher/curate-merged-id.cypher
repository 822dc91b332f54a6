// Keeps the id $id resolving to $into after a merge: a MergedId node, and every earlier MergedId pointing at $id
// now points at $into (so a chain of merges resolves in one step).
MERGE (m:MergedId {id: $id})
SET m.into = $into
WITH m
OPTIONAL MATCH (o:MergedId {into: $id})
SET o.into = $into
RETURN count(m) AS merged

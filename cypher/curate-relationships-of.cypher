// Every relationship of the entity $id, as {from, type, to}; and the stored entities citing it as the source
// of a piece of evidence (or stating a claim of it), at most 3, for a refusal to name.
MATCH (n:Entity {id: $id})
RETURN COLLECT { MATCH (n)-[x]-(:Entity) RETURN DISTINCT {from: startNode(x).id, type: type(x), to: endNode(x).id} } AS relationships,
       COLLECT { MATCH (m:Entity) WHERE $id IN m.evidenceSourceIds OR $id IN coalesce(m.claimSourceIds, []) RETURN m.id LIMIT 3 } AS citedBy,
       COLLECT { MATCH ()-[x]->() WHERE $id IN x.evidenceSourceIds OR $id IN coalesce(x.claimSourceIds, []) RETURN startNode(x).id + ' ' + type(x) + ' ' + endNode(x).id LIMIT 3 } AS citedByRelationships

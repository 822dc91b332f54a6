// The whole stored state of entities $ids and relationships $relationships ({from, type, to}), for history:
// an entity's kind and every property (null properties when there is none), or the survivor an id was merged
// into; a relationship's properties (null when there is none).
CALL () {
  UNWIND $ids AS id
  OPTIONAL MATCH (n:Entity {id: id})
  OPTIONAL MATCH (m:MergedId {id: id})
  RETURN collect({id: id, kind: n.kind, properties: properties(n), mergedInto: m.into}) AS entities
}
CALL () {
  UNWIND $relationships AS k
  OPTIONAL MATCH (a:Entity {id: k.from})-[x]->(b:Entity {id: k.to})
  WHERE type(x) = k.type
  RETURN collect({from: k.from, type: k.type, to: k.to, properties: properties(x)}) AS relationships
}
RETURN entities, relationships

// Writes the claim and evidence lists of entities ($entities: {id, kind, lists}) and relationships
// ($relationships: {from, type, to, lists}), creating those that do not exist yet (a relationship joins two stored
// entities). Kinds and types are checked against the model before this runs. The ordinary properties are then
// set from the claims by write-resolved.cypher (resolveTouched).
CALL () {
  UNWIND $entities AS e
  MERGE (n:Entity {id: e.id})
  ON CREATE SET n.kind = e.kind
  SET n:$(e.kind)
  SET n += e.lists
  RETURN count(n) AS entities
}
CALL () {
  UNWIND $relationships AS r
  MATCH (a:Entity {id: r.from})
  MATCH (b:Entity {id: r.to})
  MERGE (a)-[x:$(r.type)]->(b)
  ON CREATE SET x.basis = 'SOURCE'
  SET x += r.lists
  RETURN count(x) AS relationships
}
RETURN entities, relationships

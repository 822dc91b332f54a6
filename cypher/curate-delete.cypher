// Deletes entities $ids (with any relationship they still have) and relationships $relationships ({from, type, to}).
CALL () {
  UNWIND $relationships AS k
  MATCH (a:Entity {id: k.from})-[x]->(b:Entity {id: k.to})
  WHERE type(x) = k.type
  DELETE x
  RETURN count(*) AS relationships
}
CALL () {
  UNWIND $ids AS id
  MATCH (n:Entity {id: id})
  DETACH DELETE n
  RETURN count(*) AS entities
}
RETURN entities, relationships

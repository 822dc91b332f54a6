// Every relationship between two entities, one row each, grouped by start entity in id order: type, end ids, property map.
MATCH (a:Entity)
WHERE a.id IS NOT NULL
WITH a
ORDER BY a.id
// Expanding inside CALL fixes the plan as: entities from the id index, in order, each walked out from (never a join).
CALL (a) {
  MATCH (a)-[r]->(b:Entity)
  RETURN r, b
}
RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props

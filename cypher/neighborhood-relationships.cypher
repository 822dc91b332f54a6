// Relationships whose two ends are both among the entities $ids (one neighbourhood), of $types when given:
// type, end ids and property map, in a stable order.
UNWIND $ids AS id
MATCH (a:Entity {id: id})
// Walking out from each a inside CALL and testing b afterwards keeps the cost at the relationships of $ids: with stale
// statistics the planner otherwise may seek every b of $ids for each a (|$ids|² seeks, minutes for 5,000 ids).
CALL (a) {
  MATCH (a)-[r]->(b:Entity)
  RETURN r, b
}
WITH a, r, b
WHERE b.id IN $ids
  AND ($types IS NULL OR type(r) IN $types)
RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props
ORDER BY type, from, to

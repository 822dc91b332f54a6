// Neighbours of many entities at once: for each key, the entities joined to key.id by a relationship
// of one of key.types (all when null), in key.direction, of one of key.kinds (all when null),
// ordered by relationship type then name, at most key.first of them.
UNWIND $keys AS key
MATCH (n:Entity {id: key.id})
CALL (n, key) {
  MATCH (n)-[r]-(m:Entity)
  WHERE (key.types IS NULL OR type(r) IN key.types)
    AND (key.direction = 'BOTH' OR (key.direction = 'OUT') = (startNode(r) = n))
    AND (key.kinds IS NULL OR m.kind IN key.kinds)
  WITH r, m
  ORDER BY type(r), m.sortName, m.id
  WITH key, collect({type: type(r), outgoing: startNode(r) = n, props: properties(r), node: properties(m)}) AS all
  RETURN all[..key.first] AS related
}
RETURN key.index AS index, properties(n) AS self, related

// Neighbours of many entities at once: for each key, the entities joined to key.id by a relationship
// of one of key.types (all when null), in key.direction, of one of key.kinds (all when null),
// ordered by relationship type then name, at most key.first of them. Relationship properties and the
// entity itself are read only when key.withRelationships (the Entity.relationships field needs them).
UNWIND $keys AS key
MATCH (n:Entity {id: key.id})
CALL (n, key) {
  MATCH (n)-[r]-(m:Entity)
  WHERE (key.types IS NULL OR type(r) IN key.types)
    AND (key.direction = 'BOTH' OR (key.direction = 'OUT') = (startNode(r) = n))
    AND (key.kinds IS NULL OR m.kind IN key.kinds)
  WITH r, m
  ORDER BY type(r), m.sortName, m.id
  // Cut to key.first before reading properties, so unreturned neighbours cost nothing more.
  WITH key, collect({r: r, m: m})[..key.first] AS top
  RETURN [x IN top | {
    type: type(x.r),
    outgoing: startNode(x.r) = n,
    props: CASE WHEN key.withRelationships THEN properties(x.r) ELSE null END,
    node: properties(x.m)
  }] AS related
}
RETURN key.index AS index, CASE WHEN key.withRelationships THEN properties(n) ELSE null END AS self, related

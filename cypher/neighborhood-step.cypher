// One breadth-first step of a neighbourhood (src/database/neighbourhood.ts): entities next to any of $frontier
// (either direction), through $types when given, of $kinds when given, not in $seen; at most $limit, by name.
UNWIND $frontier AS id
MATCH (n:Entity {id: id})-[r]-(m:Entity)
WHERE ($types IS NULL OR type(r) IN $types)
  AND ($kinds IS NULL OR m.kind IN $kinds)
  AND NOT m.id IN $seen
WITH DISTINCT m
ORDER BY m.sortName, m.id
LIMIT $limit
RETURN m.id AS id, labels(m) AS labels, properties(m) AS props

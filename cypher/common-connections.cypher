// Entities directly linked (either direction, any type) to every one of $ids, by name; at most $first.
UNWIND $ids AS id
MATCH (n:Entity {id: id})--(m:Entity)
WHERE NOT m.id IN $ids
WITH m, count(DISTINCT n) AS linked
WHERE linked = size($ids)
RETURN properties(m) AS node
ORDER BY m.sortName, m.id
LIMIT $first

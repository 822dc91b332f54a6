// Every relationship between two entities, one row each, grouped by start entity in id order: type, end ids, property map.
MATCH (a:Entity)
WHERE a.id IS NOT NULL
WITH a
ORDER BY a.id
MATCH (a)-[r]->(b:Entity)
RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props

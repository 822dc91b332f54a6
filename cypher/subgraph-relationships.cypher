// Every relationship between two of the entities in $ids (of $types when given), with its properties.
UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r]->(b:Entity)
WHERE b.id IN $ids
  AND ($types IS NULL OR type(r) IN $types)
RETURN a.id AS from, b.id AS to, type(r) AS type, properties(r) AS props
ORDER BY type, from, to

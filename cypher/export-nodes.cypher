// Every entity, one row each in id order (read from the id index, so nothing is sorted in memory): id, labels, property map.
MATCH (n:Entity)
WHERE n.id IS NOT NULL
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props
ORDER BY n.id

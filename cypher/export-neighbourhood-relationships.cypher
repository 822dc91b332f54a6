// Relationships whose two ends are both among the entities $ids (one neighbourhood export): type, end ids, property map.
UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r]->(b:Entity)
WHERE b.id IN $ids
RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props

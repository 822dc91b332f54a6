// The entities with the given ids (missing ids are simply absent).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN properties(n) AS node

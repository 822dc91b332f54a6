// Entities within $depth hops (either direction) of the entity $id, nearest first, at most $limit of them with the start
// entity first; `truncated` on every row says more were in reach. No row at all when no entity has id $id.
MATCH (start:Entity {id: $id})
CALL (start) {
  // Hop bounds cannot be parameters: one branch per depth, so the breadth-first search stops at $depth hops.
  CALL (start) {
    MATCH p = ANY SHORTEST (start)-[]-{0,1}(m:Entity) WHERE $depth = 1 RETURN m, length(p) AS distance
    UNION ALL
    MATCH p = ANY SHORTEST (start)-[]-{0,2}(m:Entity) WHERE $depth = 2 RETURN m, length(p) AS distance
    UNION ALL
    MATCH p = ANY SHORTEST (start)-[]-{0,3}(m:Entity) WHERE $depth = 3 RETURN m, length(p) AS distance
  }
  WITH m, distance
  ORDER BY distance, m.id
  LIMIT toInteger($limit) + 1
  RETURN collect(m) AS reached
}
UNWIND reached[..toInteger($limit)] AS n
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props, size(reached) > $limit AS truncated

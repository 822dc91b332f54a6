// Entities within $depth hops (either direction) of entity $id, nearest first, start first, at most $limit, each row with `truncated`; none for an unknown $id.
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
  LIMIT $limit + 1
  RETURN collect(m) AS reached
}
UNWIND reached[..$limit] AS n
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props, size(reached) > $limit AS truncated

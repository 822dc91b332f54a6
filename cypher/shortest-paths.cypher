// All shortest paths (relationships in either direction) from $fromId to $toId of at most $maxLength
// relationships, only through $types when given. Cypher takes no parameter as the pattern's upper bound:
// {{pathMaxLength}} is filled in from code with the API maximum (BOUNDS.pathMaxLength), never from a request;
// at most $first, in a stable order. Nodes come in path order; relationships keep their own direction.
MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
MATCH p = allShortestPaths((a)-[*..{{pathMaxLength}}]-(b))
WHERE length(p) <= $maxLength
  AND ($types IS NULL OR all(r IN relationships(p) WHERE type(r) IN $types))
WITH p, reduce(key = '', n IN nodes(p) | key + n.id + ' ') AS orderKey
ORDER BY orderKey
LIMIT $first
RETURN [n IN nodes(p) | properties(n)] AS nodes,
       [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id, props: properties(r)}] AS relationships

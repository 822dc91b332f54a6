// All shortest paths (relationships in either direction) from $fromId to $toId of at most $maxLength
// relationships, only through $types when given. Cypher takes no parameter as the pattern's upper bound:
// {{pathMaxLength}} is filled in from code with the API maximum (BOUNDS.pathMaxLength), never from a request;
// at most $first, in a stable order. Nodes come in path order; relationships keep their own direction.
// The search's WHERE holds only a test of each relationship, which the breadth-first search applies as it goes;
// any other predicate (the length bound, or the type test written outside all(...)) makes Neo4j fall back to
// enumerating every path up to the upper bound when the shortest paths fail it, which on the whole record takes
// longer than any deadline. The length bound is checked after the search: the shortest paths are shortest
// whatever the bound, so dropping those longer than $maxLength loses nothing shorter.
MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
MATCH p = allShortestPaths((a)-[*..{{pathMaxLength}}]-(b))
WHERE all(r IN relationships(p) WHERE $types IS NULL OR type(r) IN $types)
WITH p
WHERE length(p) <= $maxLength
WITH p, reduce(key = '', n IN nodes(p) | key + n.id + ' ') AS orderKey
ORDER BY orderKey
LIMIT $first
RETURN [n IN nodes(p) | properties(n)] AS nodes,
       [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id, props: properties(r)}] AS relationships

// Full-text search: entities matching the Lucene $query (built by luceneQuery.ts from user words),
// of $kinds when given, best score first, ties by name; at most $first.
CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: 1000}) YIELD node, score
WHERE $kinds IS NULL OR node.kind IN $kinds
RETURN properties(node) AS node, score
ORDER BY score DESC, node.sortName, node.id
LIMIT $first

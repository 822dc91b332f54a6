// Full-text search: entities matching the Lucene $query (built by luceneQuery.ts from user words),
// of $kinds when given. An entity whose whole name or an alias equals $exact (the text, lower-cased)
// scores four times higher, so "Aarhus" ranks the city above the meeting in Aarhus. Best first,
// ties by name; at most $first.
CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: 1000}) YIELD node, score
WHERE $kinds IS NULL OR node.kind IN $kinds
WITH node, score * CASE WHEN node.sortName = $exact OR any(alias IN node.aliases WHERE toLower(alias) = $exact) THEN 4.0 ELSE 1.0 END AS score
RETURN properties(node) AS node, score
ORDER BY score DESC, node.sortName, node.id
LIMIT $first

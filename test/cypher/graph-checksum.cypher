// Test helper: every entity (sorted labels, properties) and every relationship between entities (ends, type,
// properties) in a stable order, and how many Change, MergedId and IdempotentRequest nodes there are: tests hash these to tell whether a
// write changed anything (test/support/curation.ts, test/support/hostileGraph.ts). API keys are not part of the graph.
CALL () {
  MATCH (n:Entity)
  WITH n ORDER BY n.id
  RETURN collect({labels: COLLECT { UNWIND labels(n) AS l WITH l ORDER BY l RETURN l }, properties: properties(n)}) AS nodes
}
CALL () {
  MATCH (a:Entity)-[r]->(b:Entity)
  WITH a, r, b ORDER BY a.id, type(r), b.id
  RETURN collect({from: a.id, type: type(r), to: b.id, properties: properties(r)}) AS relationships
}
CALL () { MATCH (c:Change) RETURN count(c) AS changes }
CALL () { MATCH (m:MergedId) RETURN count(m) AS mergedIds }
CALL () { MATCH (r:IdempotentRequest) RETURN count(r) AS idempotentRequests }
RETURN nodes, relationships, changes, mergedIds, idempotentRequests

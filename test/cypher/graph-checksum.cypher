// Test helper: everything the graph holds, for a content checksum computed in JS (test/support/hostileGraph.ts):
// every :Entity node (id, labels, properties), every relationship between entities (ends, type, properties), and how many
// history (:Change) and merged-id (:MergedId) nodes there are. API keys (:ApiKey) are not part of the graph.
CALL () {
  MATCH (n:Entity)
  RETURN collect({id: n.id, labels: labels(n), properties: properties(n)}) AS entities
}
CALL () {
  MATCH (a:Entity)-[x]->(b:Entity)
  RETURN collect({from: a.id, type: type(x), to: b.id, properties: properties(x)}) AS relationships
}
CALL () { MATCH (c:Change) RETURN count(c) AS changes }
CALL () { MATCH (m:MergedId) RETURN count(m) AS mergedIds }
RETURN entities, relationships, changes, mergedIds

// Everything that now carries evidence or claims of source $sourceId (an import of its document may change or
// remove them): the ids of such entities, and such relationships as {from, type, to}.
CALL () {
  MATCH (n:Entity)
  WHERE $sourceId IN coalesce(n.evidenceSourceIds, []) OR $sourceId IN coalesce(n.claimSourceIds, [])
  RETURN collect(n.id) AS ids
}
CALL () {
  MATCH (a:Entity)-[r]->(b:Entity)
  WHERE $sourceId IN coalesce(r.evidenceSourceIds, []) OR $sourceId IN coalesce(r.claimSourceIds, [])
  RETURN collect({from: a.id, type: type(r), to: b.id}) AS relationships
}
RETURN ids, relationships

// Removes what source $sourceId stated before but its seed file no longer states. Its evidence is taken
// off entities not in $entityIds and off relationships whose "from TYPE to" key is not in
// $relationshipKeys; an entity (other than a Source) or relationship left without evidence is deleted,
// and so is a reference relationship of this reference data set that the file no longer lists.
CALL () {
  MATCH (n:Entity)
  WHERE $sourceId IN n.evidenceSourceIds AND NOT n.id IN $entityIds
  WITH n, [i IN range(0, size(n.evidenceSourceIds) - 1) WHERE n.evidenceSourceIds[i] <> $sourceId] AS kept
  SET n.evidenceSourceIds = [i IN kept | n.evidenceSourceIds[i]], n.evidenceExcerpts = [i IN kept | n.evidenceExcerpts[i]],
      n.evidenceKinds = [i IN kept | coalesce(n.evidenceKinds[i], 'EXCERPT')],
      n.evidenceStatements = [i IN kept | coalesce(n.evidenceStatements[i], '')],
      n.evidenceLocators = [i IN kept | coalesce(n.evidenceLocators[i], '')]
  WITH n, kept WHERE size(kept) = 0 AND n.kind <> 'Source'
  DETACH DELETE n
  RETURN count(*) AS entities
}
CALL () {
  MATCH (a:Entity)-[r]->(b:Entity)
  WHERE ($sourceId IN r.evidenceSourceIds OR r.referenceSourceId = $sourceId)
    AND NOT a.id + ' ' + type(r) + ' ' + b.id IN $relationshipKeys
  WITH r, [i IN range(0, size(r.evidenceSourceIds) - 1) WHERE r.evidenceSourceIds[i] <> $sourceId] AS kept
  SET r.evidenceSourceIds = [i IN kept | r.evidenceSourceIds[i]], r.evidenceExcerpts = [i IN kept | r.evidenceExcerpts[i]],
      r.evidenceKinds = [i IN kept | coalesce(r.evidenceKinds[i], 'EXCERPT')],
      r.evidenceStatements = [i IN kept | coalesce(r.evidenceStatements[i], '')],
      r.evidenceLocators = [i IN kept | coalesce(r.evidenceLocators[i], '')]
  WITH r, kept WHERE size(kept) = 0 AND (r.referenceSourceId IS NULL OR r.referenceSourceId = $sourceId)
  DELETE r
  RETURN count(*) AS relationships
}
RETURN entities, relationships

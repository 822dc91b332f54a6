// Removes what source $sourceId stated before but its seed file no longer states. Its evidence and claims are
// taken off entities not in $entityIds and off relationships whose "from TYPE to" key is not in
// $relationshipKeys; an entity (other than a Source) or relationship left without evidence is deleted,
// and so is a reference relationship of this reference data set that the file no longer lists.
// Returns how many were deleted, and the entities and relationships that remain with fewer claims (the
// importer resolves their claims again).
CALL () {
  MATCH (n:Entity)
  WHERE ($sourceId IN n.evidenceSourceIds OR $sourceId IN coalesce(n.claimSourceIds, [])) AND NOT n.id IN $entityIds
  WITH n, [i IN range(0, size(n.evidenceSourceIds) - 1) WHERE n.evidenceSourceIds[i] <> $sourceId] AS kept,
       coalesce(n.claimSourceIds, []) AS claimSources, coalesce(n.claimProperties, []) AS claimProperties, coalesce(n.claimValues, []) AS claimValues
  WITH n, kept, claimSources, claimProperties, claimValues, [i IN range(0, size(claimSources) - 1) WHERE claimSources[i] <> $sourceId] AS keptClaims
  SET n.evidenceSourceIds = [i IN kept | n.evidenceSourceIds[i]], n.evidenceExcerpts = [i IN kept | n.evidenceExcerpts[i]],
      n.evidenceKinds = [i IN kept | coalesce(n.evidenceKinds[i], 'EXCERPT')],
      n.evidenceStatements = [i IN kept | coalesce(n.evidenceStatements[i], '')],
      n.evidenceLocators = [i IN kept | coalesce(n.evidenceLocators[i], '')],
      n.claimSourceIds = [i IN keptClaims | claimSources[i]], n.claimProperties = [i IN keptClaims | claimProperties[i]],
      n.claimValues = [i IN keptClaims | claimValues[i]]
  WITH collect(CASE WHEN size(kept) = 0 AND n.kind <> 'Source' THEN n END) AS gone,
       collect(CASE WHEN size(kept) > 0 OR n.kind = 'Source' THEN n.id END) AS touched
  FOREACH (n IN gone | DETACH DELETE n)
  RETURN size(gone) AS entities, touched AS touchedEntities
}
CALL () {
  MATCH (a:Entity)-[r]->(b:Entity)
  WHERE ($sourceId IN r.evidenceSourceIds OR $sourceId IN coalesce(r.claimSourceIds, []) OR r.referenceSourceId = $sourceId)
    AND NOT a.id + ' ' + type(r) + ' ' + b.id IN $relationshipKeys
  WITH a, r, b, [i IN range(0, size(r.evidenceSourceIds) - 1) WHERE r.evidenceSourceIds[i] <> $sourceId] AS kept,
       coalesce(r.claimSourceIds, []) AS claimSources, coalesce(r.claimProperties, []) AS claimProperties, coalesce(r.claimValues, []) AS claimValues
  WITH a, r, b, kept, claimSources, claimProperties, claimValues, [i IN range(0, size(claimSources) - 1) WHERE claimSources[i] <> $sourceId] AS keptClaims
  SET r.evidenceSourceIds = [i IN kept | r.evidenceSourceIds[i]], r.evidenceExcerpts = [i IN kept | r.evidenceExcerpts[i]],
      r.evidenceKinds = [i IN kept | coalesce(r.evidenceKinds[i], 'EXCERPT')],
      r.evidenceStatements = [i IN kept | coalesce(r.evidenceStatements[i], '')],
      r.evidenceLocators = [i IN kept | coalesce(r.evidenceLocators[i], '')],
      r.claimSourceIds = [i IN keptClaims | claimSources[i]], r.claimProperties = [i IN keptClaims | claimProperties[i]],
      r.claimValues = [i IN keptClaims | claimValues[i]]
  WITH a, r, b, size(kept) = 0 AND (r.referenceSourceId IS NULL OR r.referenceSourceId = $sourceId) AS empty
  WITH collect(CASE WHEN empty THEN r END) AS gone, collect(CASE WHEN NOT empty THEN {from: a.id, type: type(r), to: b.id} END) AS touched
  FOREACH (r IN gone | DELETE r)
  RETURN size(gone) AS relationships, touched AS touchedRelationships
}
RETURN entities, relationships, touchedEntities, touchedRelationships

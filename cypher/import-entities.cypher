// Creates or updates entities of one seed document. Properties are replaced; evidence from
// other sources is kept (evidence is five parallel lists: source ids, kinds, excerpts, statements, locators;
// data stored before kinds existed reads as excerpts) and this source's earlier evidence is replaced by $entities' evidence.
UNWIND $entities AS e
MERGE (n:Entity {id: e.id})
WITH n, e,
     coalesce(n.evidenceSourceIds, []) AS oldSources,
     coalesce(n.evidenceExcerpts, []) AS oldExcerpts,
     coalesce(n.evidenceKinds, []) AS oldKinds,
     coalesce(n.evidenceStatements, []) AS oldStatements,
     coalesce(n.evidenceLocators, []) AS oldLocators,
     coalesce(n.referenceProperties, []) AS referenceKeys,
     n.isoCode AS isoCode
WITH n, e, referenceKeys, isoCode, [i IN range(0, size(oldSources) - 1) WHERE oldSources[i] <> $sourceId] AS kept, oldSources, oldExcerpts, oldKinds, oldStatements, oldLocators
SET n = e.props
SET n:$(e.kind)
SET n.evidenceSourceIds = [i IN kept | oldSources[i]] + e.evidenceSourceIds,
    n.evidenceExcerpts = [i IN kept | oldExcerpts[i]] + e.evidenceExcerpts,
    n.evidenceKinds = [i IN kept | coalesce(oldKinds[i], 'EXCERPT')] + e.evidenceKinds,
    n.evidenceStatements = [i IN kept | coalesce(oldStatements[i], '')] + e.evidenceStatements,
    n.evidenceLocators = [i IN kept | coalesce(oldLocators[i], '')] + e.evidenceLocators,
    n.referenceProperties = referenceKeys,
    n.isoCode = CASE WHEN 'isoCode' IN referenceKeys THEN isoCode ELSE e.props.isoCode END
RETURN count(n) AS merged

// Creates or updates relationships of one seed document; evidence and claims are merged per source as for
// entities (write-resolved.cypher then sets the properties the claims resolve to).
// Returns the indexes of the relationships written: one whose end is missing is absent, and the importer rolls back.
UNWIND $relationships AS r
MATCH (a:Entity {id: r.from})
MATCH (b:Entity {id: r.to})
MERGE (a)-[x:$(r.type)]->(b)
WITH x, r, coalesce(x.evidenceSourceIds, []) AS oldSources, coalesce(x.evidenceExcerpts, []) AS oldExcerpts,
     coalesce(x.evidenceKinds, []) AS oldKinds, coalesce(x.evidenceStatements, []) AS oldStatements, coalesce(x.evidenceLocators, []) AS oldLocators,
     coalesce(x.claimSourceIds, []) AS oldClaimSources, coalesce(x.claimProperties, []) AS oldClaimProperties, coalesce(x.claimValues, []) AS oldClaimValues
WITH x, r, oldSources, oldExcerpts, oldKinds, oldStatements, oldLocators, oldClaimSources, oldClaimProperties, oldClaimValues,
     [i IN range(0, size(oldSources) - 1) WHERE oldSources[i] <> $sourceId] AS kept,
     [i IN range(0, size(oldClaimSources) - 1) WHERE oldClaimSources[i] <> $sourceId] AS keptClaims
SET x.basis = CASE WHEN x.basis = 'SOURCE' THEN 'SOURCE' ELSE r.basis END,
    x.evidenceSourceIds = [i IN kept | oldSources[i]] + r.evidenceSourceIds,
    x.evidenceExcerpts = [i IN kept | oldExcerpts[i]] + r.evidenceExcerpts,
    x.evidenceKinds = [i IN kept | coalesce(oldKinds[i], 'EXCERPT')] + r.evidenceKinds,
    x.evidenceStatements = [i IN kept | coalesce(oldStatements[i], '')] + r.evidenceStatements,
    x.evidenceLocators = [i IN kept | coalesce(oldLocators[i], '')] + r.evidenceLocators,
    x.claimSourceIds = [i IN keptClaims | oldClaimSources[i]] + r.claimSourceIds,
    x.claimProperties = [i IN keptClaims | oldClaimProperties[i]] + r.claimProperties,
    x.claimValues = [i IN keptClaims | oldClaimValues[i]] + r.claimValues,
    x.referenceSourceId = CASE WHEN r.basis = 'REFERENCE' THEN $sourceId ELSE x.referenceSourceId END
RETURN collect(r.index) AS merged

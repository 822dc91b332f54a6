// Creates or updates relationships of one seed document; evidence is merged per source as for entities.
// Returns the indexes of the relationships written: one whose end is missing is absent, and the importer rolls back.
UNWIND $relationships AS r
MATCH (a:Entity {id: r.from})
MATCH (b:Entity {id: r.to})
MERGE (a)-[x:$(r.type)]->(b)
WITH x, r, coalesce(x.evidenceSourceIds, []) AS oldSources, coalesce(x.evidenceExcerpts, []) AS oldExcerpts,
     coalesce(x.evidenceKinds, []) AS oldKinds, coalesce(x.evidenceStatements, []) AS oldStatements, coalesce(x.evidenceLocators, []) AS oldLocators
WITH x, r, oldSources, oldExcerpts, oldKinds, oldStatements, oldLocators, [i IN range(0, size(oldSources) - 1) WHERE oldSources[i] <> $sourceId] AS kept
SET x += r.props
SET x.basis = CASE WHEN x.basis = 'SOURCE' THEN 'SOURCE' ELSE r.basis END,
    x.evidenceSourceIds = [i IN kept | oldSources[i]] + r.evidenceSourceIds,
    x.evidenceExcerpts = [i IN kept | oldExcerpts[i]] + r.evidenceExcerpts,
    x.evidenceKinds = [i IN kept | coalesce(oldKinds[i], 'EXCERPT')] + r.evidenceKinds,
    x.evidenceStatements = [i IN kept | coalesce(oldStatements[i], '')] + r.evidenceStatements,
    x.evidenceLocators = [i IN kept | coalesce(oldLocators[i], '')] + r.evidenceLocators,
    x.referenceSourceId = CASE WHEN r.basis = 'REFERENCE' THEN $sourceId ELSE x.referenceSourceId END
RETURN collect(r.index) AS merged

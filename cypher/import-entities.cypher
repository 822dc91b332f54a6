// Creates or updates entities of one seed document. Evidence and claims from other sources are kept, this
// source's earlier evidence and claims are replaced by $entities' (evidence is five parallel lists: source
// ids, kinds, excerpts, statements, locators, data stored before kinds existed reading as excerpts; claims are
// three: source ids, property names, JSON values). Properties are set from e.props (a Source's own; for other
// entities only id and kind: write-resolved.cypher then sets what the claims of every source resolve to).
// Returns the entities some earlier import stored with another kind.
UNWIND $entities AS e
MERGE (n:Entity {id: e.id})
WITH n, e, n.kind AS oldKind,
     coalesce(n.evidenceSourceIds, []) AS oldSources,
     coalesce(n.evidenceExcerpts, []) AS oldExcerpts,
     coalesce(n.evidenceKinds, []) AS oldKinds,
     coalesce(n.evidenceStatements, []) AS oldStatements,
     coalesce(n.evidenceLocators, []) AS oldLocators,
     coalesce(n.claimSourceIds, []) AS oldClaimSources,
     coalesce(n.claimProperties, []) AS oldClaimProperties,
     coalesce(n.claimValues, []) AS oldClaimValues,
     coalesce(n.referenceProperties, []) AS referenceKeys,
     n.isoCode AS isoCode
WITH n, e, oldKind, referenceKeys, isoCode, oldSources, oldExcerpts, oldKinds, oldStatements, oldLocators, oldClaimSources, oldClaimProperties, oldClaimValues,
     [i IN range(0, size(oldSources) - 1) WHERE oldSources[i] <> $sourceId] AS kept,
     [i IN range(0, size(oldClaimSources) - 1) WHERE oldClaimSources[i] <> $sourceId] AS keptClaims
SET n = e.props
SET n:$(e.kind)
SET n.evidenceSourceIds = [i IN kept | oldSources[i]] + e.evidenceSourceIds,
    n.evidenceExcerpts = [i IN kept | oldExcerpts[i]] + e.evidenceExcerpts,
    n.evidenceKinds = [i IN kept | coalesce(oldKinds[i], 'EXCERPT')] + e.evidenceKinds,
    n.evidenceStatements = [i IN kept | coalesce(oldStatements[i], '')] + e.evidenceStatements,
    n.evidenceLocators = [i IN kept | coalesce(oldLocators[i], '')] + e.evidenceLocators,
    n.claimSourceIds = [i IN keptClaims | oldClaimSources[i]] + e.claimSourceIds,
    n.claimProperties = [i IN keptClaims | oldClaimProperties[i]] + e.claimProperties,
    n.claimValues = [i IN keptClaims | oldClaimValues[i]] + e.claimValues,
    n.referenceProperties = referenceKeys,
    n.isoCode = CASE WHEN 'isoCode' IN referenceKeys THEN isoCode ELSE e.props.isoCode END
WITH n, e, oldKind, [i IN keptClaims | oldClaimSources[i]] + [i IN kept | oldSources[i]] AS otherSources
RETURN count(n) AS merged,
       collect(CASE WHEN oldKind IS NOT NULL AND oldKind <> e.kind THEN {id: e.id, kind: e.kind, storedKind: oldKind, storedBy: otherSources} END) AS kindClashes

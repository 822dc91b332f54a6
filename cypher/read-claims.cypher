// The claims of the entities $ids and of the relationships $relationships ({from, type, to}), for the importer
// to resolve: each with the claim lists, the claim sources held as text (their spelling of a name wins ties),
// and for entities the values reference data set (referenceProperties, e.g. isoCode), which claims never change.
CALL () {
  UNWIND $ids AS id
  MATCH (n:Entity {id: id})
  RETURN collect({
    id: n.id, kind: n.kind,
    claimSourceIds: coalesce(n.claimSourceIds, []), claimProperties: coalesce(n.claimProperties, []), claimValues: coalesce(n.claimValues, []),
    heldAsText: COLLECT { MATCH (s:Entity&Source) WHERE s.id IN n.claimSourceIds AND s.file IS NOT NULL RETURN s.id },
    reference: [key IN coalesce(n.referenceProperties, []) | {key: key, value: n[key]}]
  }) AS entities
}
CALL () {
  UNWIND $relationships AS k
  MATCH (a:Entity {id: k.from})-[x]->(b:Entity {id: k.to})
  WHERE type(x) = k.type
  RETURN collect({
    from: a.id, type: type(x), to: b.id,
    claimSourceIds: coalesce(x.claimSourceIds, []), claimProperties: coalesce(x.claimProperties, []), claimValues: coalesce(x.claimValues, []),
    heldAsText: COLLECT { MATCH (s:Entity&Source) WHERE s.id IN x.claimSourceIds AND s.file IS NOT NULL RETURN s.id }
  }) AS relationships
}
RETURN entities, relationships

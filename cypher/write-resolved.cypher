// Sets what the claims of every source resolve to ($entities: {id, props, claim lists}; $relationships:
// {from, type, to, props, claim lists}). The ordinary properties become exactly `props` (a property no claim
// supports any more goes); evidence, reference data bookkeeping and a relationship's basis are kept; the
// claim lists are rewritten in source order.
CALL () {
  UNWIND $entities AS e
  MATCH (n:Entity {id: e.id})
  WITH n, e, e.props AS props
  SET n = props{.*,
    evidenceSourceIds: n.evidenceSourceIds, evidenceExcerpts: n.evidenceExcerpts, evidenceKinds: n.evidenceKinds,
    evidenceStatements: n.evidenceStatements, evidenceLocators: n.evidenceLocators,
    claimSourceIds: e.claimSourceIds, claimProperties: e.claimProperties, claimValues: e.claimValues,
    referenceProperties: n.referenceProperties}
  RETURN count(n) AS entities
}
CALL () {
  UNWIND $relationships AS r
  MATCH (a:Entity {id: r.from})-[x]->(b:Entity {id: r.to})
  WHERE type(x) = r.type
  WITH x, r, r.props AS props
  SET x = props{.*,
    basis: x.basis, referenceSourceId: x.referenceSourceId,
    evidenceSourceIds: x.evidenceSourceIds, evidenceExcerpts: x.evidenceExcerpts, evidenceKinds: x.evidenceKinds,
    evidenceStatements: x.evidenceStatements, evidenceLocators: x.evidenceLocators,
    claimSourceIds: r.claimSourceIds, claimProperties: r.claimProperties, claimValues: r.claimValues}
  RETURN count(x) AS relationships
}
RETURN entities, relationships

// Entities (of $kinds, when given) that may hold a conflict, by id: a superset the claims of each decide on.
// An entity is a candidate when the entity itself, or a relationship starting at it, has two claims about one
// property with different values, or when one of its one-valued relationship fields ($oneFields: the kinds
// that have it, its relationship type and direction, the kinds it returns) has several neighbours a source states.
MATCH (n:Entity)
WHERE $kinds IS NULL OR n.kind IN $kinds
WITH n, [n] + [(n)-[r]->() WHERE r.claimProperties IS NOT NULL | r] AS holders
WHERE any(h IN holders WHERE any(i IN range(1, size(coalesce(h.claimProperties, [])) - 1)
        WHERE any(j IN range(0, i - 1) WHERE h.claimProperties[i] = h.claimProperties[j] AND h.claimValues[i] <> h.claimValues[j])))
   OR any(f IN $oneFields WHERE n.kind IN f.kinds
        AND size([(n)-[r]-(m:Entity) WHERE type(r) = f.type AND (startNode(r) = n) = f.outgoing AND m.kind IN f.targetKinds
                  AND size(coalesce(r.evidenceSourceIds, [])) > 0 | m.id]) > 1)
RETURN n.id AS id

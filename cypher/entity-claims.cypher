// What the claims query reports about each entity of $ids: its properties (claims and evidence lists), and
// every relationship a source states for it (reference data has no evidence and states no claim), with the
// entity at the other end and the places that entity lies in (City -LOCATED_IN-> Country -PART_OF-> Region),
// so that a city and its country given for one event read as a refinement, not a conflict.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN properties(n) AS node,
  COLLECT {
    MATCH (n)-[r]-(m:Entity)
    WHERE size(coalesce(r.evidenceSourceIds, [])) > 0
    WITH r, m
    ORDER BY type(r), m.sortName, m.id
    RETURN {
      type: type(r),
      outgoing: startNode(r) = n,
      props: properties(r),
      other: properties(m),
      within: COLLECT { MATCH (m)-[:LOCATED_IN|PART_OF*1..2]->(p:Entity) RETURN DISTINCT p.id }
    }
  } AS relationships

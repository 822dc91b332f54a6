// For every country (of $regionId when given): events held in it or its cities, events it or its
// cities took part in, and the distinct partners that hosted, organised or took part in any of them.
MATCH (c:Country)
WHERE $regionId IS NULL OR EXISTS { (c)-[:PART_OF]->(:Region {id: $regionId}) }
CALL (c) {
  OPTIONAL MATCH (e:Entity)-[:HELD_IN]->(place:Entity)
  WHERE place = c OR (place:City AND (place)-[:LOCATED_IN]->(c))
  RETURN collect(DISTINCT e) AS hosted
}
CALL (c) {
  OPTIONAL MATCH (participant:Entity)-[:PARTICIPATED_IN]->(e:Entity)
  WHERE participant = c OR (participant:City AND (participant)-[:LOCATED_IN]->(c))
  RETURN collect(DISTINCT e) AS participated
}
CALL (hosted, participated) {
  UNWIND hosted + participated AS e
  OPTIONAL MATCH (e)-[:HOSTED_BY|ORGANISED_BY]->(p:Partner)
  OPTIONAL MATCH (e)<-[:PARTICIPATED_IN]-(q:Partner)
  WITH [x IN [p, q] WHERE x IS NOT NULL | x.id] AS ids
  UNWIND ids AS id
  RETURN count(DISTINCT id) AS partners
}
RETURN properties(c) AS country, size(hosted) AS hosted, size(participated) AS participated, partners
ORDER BY hosted + participated DESC, c.sortName

// For every theme: events (of $eventKinds: every event kind of the model) that covered it (held in $regionId
// when given, dated within $from..$to compared at the precision both dates have), the distinct cities they
// were held in, and the distinct countries they were held in or whose cities took part.
MATCH (t:RiskTheme)
OPTIONAL MATCH (t)<-[:COVERED]-(e:Entity)
WHERE e.kind IN $eventKinds
  AND ($regionId IS NULL OR EXISTS { (e)-[:HELD_IN]->(:Region {id: $regionId}) }
       OR EXISTS { (e)-[:HELD_IN]->(:Country)-[:PART_OF]->(:Region {id: $regionId}) }
       OR EXISTS { (e)-[:HELD_IN]->(:City)-[:LOCATED_IN]->(:Country)-[:PART_OF]->(:Region {id: $regionId}) })
  AND ($from IS NULL OR (e.dateIso IS NOT NULL AND
       left(e.dateIso, CASE WHEN size(e.dateIso) < size($from) THEN size(e.dateIso) ELSE size($from) END)
         >= left($from, CASE WHEN size(e.dateIso) < size($from) THEN size(e.dateIso) ELSE size($from) END)))
  AND ($to IS NULL OR (e.dateIso IS NOT NULL AND
       left(e.dateIso, CASE WHEN size(e.dateIso) < size($to) THEN size(e.dateIso) ELSE size($to) END)
         <= left($to, CASE WHEN size(e.dateIso) < size($to) THEN size(e.dateIso) ELSE size($to) END)))
WITH t, collect(DISTINCT e) AS events
CALL (events) {
  UNWIND events AS e
  OPTIONAL MATCH (e)-[:HELD_IN]->(city:City)
  RETURN count(DISTINCT city) AS cities
}
CALL (events) {
  UNWIND events AS e
  OPTIONAL MATCH (e)-[:HELD_IN]->(place:Entity)
  OPTIONAL MATCH (place)-[:LOCATED_IN]->(cityCountry:Country)
  OPTIONAL MATCH (e)<-[:PARTICIPATED_IN]-(participant:Entity)
  OPTIONAL MATCH (participant)-[:LOCATED_IN]->(participantCountry:Country)
  WITH [c IN [place, cityCountry, participant, participantCountry] WHERE c IS NOT NULL AND c.kind = 'Country' | c.id] AS ids
  UNWIND ids AS id
  RETURN count(DISTINCT id) AS countries
}
RETURN properties(t) AS theme, size(events) AS events, cities, countries
ORDER BY events DESC, t.sortName

// Initiatives related to $entityId but not directly linked to it: an entity of $kinds within two
// relationships of both is "shared" and adds $weights[kind] to the score. Shared entities are listed
// strongest first, then by name; results by score, then initiative name; at most $first.
MATCH (x:Entity {id: $entityId})
MATCH (x)-[*1..2]-(c:Entity)
WHERE c <> x AND c.kind IN $kinds
WITH x, collect(DISTINCT c) AS context
UNWIND context AS c
MATCH (c)-[*1..2]-(i:Initiative)
WHERE i <> x AND NOT (x)--(i)
WITH i, collect(DISTINCT c) AS shared
WITH i, shared, reduce(total = 0.0, s IN shared | total + $weights[s.kind]) AS score
UNWIND shared AS s
WITH i, score, s ORDER BY $weights[s.kind] DESC, s.sortName
WITH i, score, collect({kind: s.kind, name: s.name}) AS shared
RETURN properties(i) AS initiative, score, shared
ORDER BY score DESC, i.sortName, i.id
LIMIT $first

// Initiatives related to $entityId but not directly linked to it. An entity c of $kinds within two
// relationships of both (not passing through a Network, which links nearly everything) is "shared" and
// adds $weights[c.kind] / (distance from the entity × distance from the initiative) to the score.
// Shared entities are listed strongest first, then by name; results by score, then name; at most $first.
MATCH (x:Entity {id: $entityId})
MATCH p = (x)-[*1..2]-(c:Entity)
WHERE c <> x AND c.kind IN $kinds AND none(n IN nodes(p)[1..-1] WHERE n.kind = 'Network')
WITH x, c, min(length(p)) AS fromEntity
MATCH q = (c)-[*1..2]-(i:Initiative)
WHERE i <> x AND NOT (x)--(i) AND none(n IN nodes(q)[1..-1] WHERE n.kind = 'Network')
WITH i, c, fromEntity, min(length(q)) AS fromInitiative
WITH i, c, $weights[c.kind] / toFloat(fromEntity * fromInitiative) AS contribution
ORDER BY contribution DESC, c.sortName
WITH i, sum(contribution) AS score, collect({kind: c.kind, name: c.name}) AS shared
RETURN properties(i) AS initiative, score, shared
ORDER BY score DESC, i.sortName, i.id
LIMIT $first

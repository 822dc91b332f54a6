// How many entities the graph holds (0 means "not seeded yet").
MATCH (n:Entity)
RETURN count(n) AS total

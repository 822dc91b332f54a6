// Every stored API key with all its properties (to check no secret is stored), and a count of the graph.
MATCH (k:ApiKey)
RETURN k.id AS id, properties(k) AS properties

// Test helper: every relationship between test entities (ids containing ':test-'), with all its properties.
MATCH (a:Entity)-[x]->(b:Entity)
WHERE a.id CONTAINS ':test-' AND b.id CONTAINS ':test-'
RETURN a.id + ' ' + type(x) + ' ' + b.id AS key, properties(x) AS props
ORDER BY key

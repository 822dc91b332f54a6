// Test helper: every test entity (id containing ':test-'), with all its properties and labels.
MATCH (n:Entity)
WHERE n.id CONTAINS ':test-'
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props
ORDER BY id

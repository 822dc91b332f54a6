// Test helper: removes entities whose ids mark them as test data.
MATCH (n:Entity) WHERE n.id CONTAINS ':test-'
DETACH DELETE n

// Test fixture: a read that Neo4j rejects at run time (division by zero).
RETURN 1 / $zero AS result

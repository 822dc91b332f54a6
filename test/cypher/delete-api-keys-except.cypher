// Test helper: deletes the API keys a test made (every :ApiKey whose id is not in $keep) and any history they wrote.
MATCH (k:ApiKey) WHERE NOT k.id IN $keep
OPTIONAL MATCH (c:Change {keyId: k.id})
DETACH DELETE c, k
RETURN count(DISTINCT k) AS keys

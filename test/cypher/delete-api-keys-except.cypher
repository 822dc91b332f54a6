// Removes the API keys a test made: all but those that existed before it ($keep).
MATCH (k:ApiKey) WHERE NOT k.id IN $keep
DELETE k

// Test helper: the ids of every stored API key.
MATCH (k:ApiKey) RETURN collect(k.id) AS ids

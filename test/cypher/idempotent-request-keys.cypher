// Test helper: "key path" of every idempotency record of the API key named $keyName, sorted.
MATCH (k:ApiKey {name: $keyName}), (r:IdempotentRequest {apiKeyId: k.id})
WITH r.key + ' ' + r.path AS claim ORDER BY claim
RETURN collect(claim) AS claims

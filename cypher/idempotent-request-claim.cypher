// First statement of a write made with an Idempotency-Key: claims (API key, key, field path) in the write's own
// transaction. A concurrent transaction claiming the same waits for this one, then fails on the unique constraint
// (idempotent_request) if this one committed. An expired record of the same claim is replaced.
OPTIONAL MATCH (old:IdempotentRequest {apiKeyId: $apiKeyId, key: $key, path: $path})
WHERE old.at < $expiredBefore
DELETE old
WITH count(*) AS replaced
CREATE (r:IdempotentRequest {apiKeyId: $apiKeyId, key: $key, path: $path, requestHash: $requestHash, at: $at})
RETURN replaced

// The requests an API key made with one Idempotency-Key, not yet expired: one node per mutation field (path) that
// committed, with the hash of the request it belonged to and that field's answer (JSON text).
MATCH (r:IdempotentRequest {apiKeyId: $apiKeyId, key: $key})
WHERE r.path IS NOT NULL AND r.at >= $expiredBefore
RETURN r.path AS path, r.requestHash AS requestHash, r.response AS response

// Last statement of a write made with an Idempotency-Key: stores the field's answer (JSON text) on its claim,
// in the same transaction as the write, so a retry finds either both or neither.
MATCH (r:IdempotentRequest {apiKeyId: $apiKeyId, key: $key, path: $path})
SET r.response = $response
RETURN count(r) AS stored

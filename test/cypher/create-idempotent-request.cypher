// Test helper: an idempotency record as a write made with an Idempotency-Key leaves it ($at: when).
CREATE (:IdempotentRequest {apiKeyId: $apiKeyId, key: $key, path: $path, requestHash: $requestHash, response: $response, at: $at})
RETURN true AS done

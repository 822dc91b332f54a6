// Every API key, oldest first, without its hash or salt; revoked ones only when asked for.
MATCH (k:ApiKey)
WHERE $includeRevoked OR k.revokedAt IS NULL
RETURN k.id AS id, k.name AS name, k.role AS role, k.createdAt AS createdAt, k.createdBy AS createdBy,
       k.revokedAt AS revokedAt, k.revokedBy AS revokedBy
ORDER BY k.createdAt, k.id

// The stored API key with this public id (revoked ones too: revokedAt is set), to check a presented secret against.
MATCH (k:ApiKey {id: $id})
RETURN k.id AS id, k.name AS name, k.role AS role, k.salt AS salt, k.hash AS hash, k.revokedAt AS revokedAt

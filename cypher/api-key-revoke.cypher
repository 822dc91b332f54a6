// Revokes the API key with this id unless it is already revoked; returns it either way (nothing when unknown).
MATCH (k:ApiKey {id: $id})
WITH k, k.revokedAt IS NOT NULL AS alreadyRevoked
FOREACH (_ IN CASE WHEN alreadyRevoked THEN [] ELSE [1] END | SET k.revokedAt = $revokedAt, k.revokedBy = $revokedBy)
RETURN k.id AS id, k.name AS name, k.role AS role, k.createdAt AS createdAt, k.createdBy AS createdBy,
       k.revokedAt AS revokedAt, k.revokedBy AS revokedBy, alreadyRevoked

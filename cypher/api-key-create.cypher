// Stores a new API key: its public id, name, role, and the salted hash of its secret (never the secret).
// ApiKey nodes carry no Entity label and no relationships: no query of the graph sees them.
CREATE (k:ApiKey {id: $id, name: $name, role: $role, salt: $salt, hash: $hash, createdAt: $createdAt, createdBy: $createdBy})
RETURN k.id AS id, k.name AS name, k.role AS role, k.createdAt AS createdAt

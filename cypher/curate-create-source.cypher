// Creates a Source with its own properties (a source is not a claim of another source), and empty evidence and
// claim lists. Refused by the entity_id constraint when the id is taken (CONFLICT).
CREATE (n:Entity:Source)
SET n = $props
RETURN n.id AS id

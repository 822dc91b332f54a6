// Sets reference-data property values (ISO codes) and records which keys came from reference data.
UNWIND $properties AS p
MATCH (n:Entity {id: p.id})
SET n.isoCode = p.isoCode,
    n.referenceProperties = CASE WHEN 'isoCode' IN coalesce(n.referenceProperties, []) THEN n.referenceProperties ELSE coalesce(n.referenceProperties, []) + 'isoCode' END
RETURN count(n) AS updated

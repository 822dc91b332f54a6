// Test fixture: the uniqueness constraints in the database, one row per label and property list.
SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties
WHERE type IN ['UNIQUENESS', 'NODE_PROPERTY_UNIQUENESS']
RETURN labelsOrTypes[0] AS label, properties

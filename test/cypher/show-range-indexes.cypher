// Test fixture: the range indexes in the database, one row per label and property list.
SHOW RANGE INDEXES YIELD labelsOrTypes, properties, owningConstraint
WHERE owningConstraint IS NULL
RETURN labelsOrTypes[0] AS label, properties

// Restore: takes back a restore that failed half-way (the database was empty before it), in batches so that no one
// transaction holds the whole graph. Run as an auto-commit transaction (CALL {} IN TRANSACTIONS needs one).
MATCH (n)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS

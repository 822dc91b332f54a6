// Everyone's changes, newest first (through the change_at index), one row per subject: only those by key name $by,
// of operation $operation, made at or after $since (each null for any),
// after $after ({at, changeId, seq} of the last entry seen, or null) in the order newest first, changeId, seq. At most $first.
MATCH (c:Change)
WHERE c.at IS NOT NULL
  AND ($since IS NULL OR c.at >= $since)
  AND ($after IS NULL OR c.at < $after.at OR (c.at = $after.at AND (c.changeId < $after.changeId OR (c.changeId = $after.changeId AND c.seq > $after.seq))))
  AND ($by IS NULL OR c.by = $by) AND ($operation IS NULL OR c.operation = $operation)
WITH c ORDER BY c.at DESC, c.changeId DESC, c.seq ASC
LIMIT $first
OPTIONAL MATCH (r:Change {reverts: c.changeId})
WITH c, min(r.changeId) AS revertedBy
RETURN properties(c) AS change, revertedBy
ORDER BY change.at DESC, change.changeId DESC, change.seq ASC

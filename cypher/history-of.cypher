// The changes to entity $id and to relationships with it at either end (through the change_entity, change_from and
// change_to indexes), newest first (then by changeId, then in recorded order); $after ({at, changeId, seq} of the last entry seen, or
// null) keeps only those after it in that order. At most $first.
CALL () {
  MATCH (c:Change) WHERE c.entityId = $id RETURN c
  UNION
  MATCH (c:Change) WHERE c.fromId = $id RETURN c
  UNION
  MATCH (c:Change) WHERE c.toId = $id RETURN c
}
WITH c WHERE $after IS NULL OR c.at < $after.at OR (c.at = $after.at AND (c.changeId < $after.changeId OR (c.changeId = $after.changeId AND c.seq > $after.seq)))
WITH c ORDER BY c.at DESC, c.changeId DESC, c.seq ASC
LIMIT $first
OPTIONAL MATCH (r:Change {reverts: c.changeId})
WITH c, min(r.changeId) AS revertedBy
RETURN properties(c) AS change, revertedBy
ORDER BY change.at DESC, change.changeId DESC, change.seq ASC

// The changes to entity $id and to relationships with it at either end (through the change_entity, change_from and
// change_to indexes), newest first; $before (an ISO date-time, or null) keeps only those made before it. At most $first.
CALL () {
  MATCH (c:Change) WHERE c.entityId = $id RETURN c
  UNION
  MATCH (c:Change) WHERE c.fromId = $id RETURN c
  UNION
  MATCH (c:Change) WHERE c.toId = $id RETURN c
}
WITH c WHERE $before IS NULL OR c.at < $before
WITH c ORDER BY c.at DESC, c.changeId DESC, c.seq ASC
LIMIT $first
OPTIONAL MATCH (r:Change {reverts: c.changeId})
WITH c, min(r.changeId) AS revertedBy
RETURN properties(c) AS change, revertedBy
ORDER BY change.at DESC, change.changeId DESC, change.seq ASC

// Records one change: a Change node per entity or relationship it touched ($items: changeId, seq, at, by,
// keyId, operation, reverts, subject, subjectType, entityId | fromId+type+toId, before, after as JSON text).
UNWIND $items AS item
CREATE (c:Change)
SET c = item
RETURN count(c) AS recorded

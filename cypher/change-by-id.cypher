// Every subject of change $changeId in the order recorded, and the change that reverted it (null when none).
MATCH (c:Change {changeId: $changeId})
OPTIONAL MATCH (r:Change {reverts: $changeId})
WITH c, min(r.changeId) AS revertedBy
RETURN properties(c) AS change, revertedBy
ORDER BY change.seq

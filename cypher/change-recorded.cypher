// Whether change $changeId is in history (writeChange's check of a write whose commit answer was lost).
RETURN EXISTS { MATCH (c:Change {changeId: $changeId}) } AS recorded

// For each chaos write ($writes: token, operation, subject): how many Change nodes of its operation on its subject
// hold its token in their state after (1 when it is done, 0 when it failed), and whether its subject exists.
UNWIND $writes AS w
RETURN w.token AS token,
  COUNT { MATCH (c:Change) WHERE c.operation = w.operation AND (c.entityId = w.subject OR c.fromId = w.subject) AND c.after CONTAINS w.token } AS changes,
  EXISTS { MATCH (e:Entity {id: w.subject}) } AS exists

// Every piece of evidence whose statement starts with $prefix (the soak run's writes), with what it is on:
// an entity id, or a relationship as "from TYPE to".
CALL {
  MATCH (n:Entity)
  WHERE any(s IN coalesce(n.evidenceStatements, []) WHERE s STARTS WITH $prefix)
  RETURN n.id AS subject, [s IN n.evidenceStatements WHERE s STARTS WITH $prefix] AS statements
  UNION ALL
  MATCH (a:Entity)-[r]->(b:Entity)
  WHERE any(s IN coalesce(r.evidenceStatements, []) WHERE s STARTS WITH $prefix)
  RETURN a.id + ' ' + type(r) + ' ' + b.id AS subject, [s IN r.evidenceStatements WHERE s STARTS WITH $prefix] AS statements
}
UNWIND statements AS statement
RETURN subject, statement

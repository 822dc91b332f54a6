// Node count per entity kind and relationship count per type, by name.
CALL () {
  MATCH (n:Entity) RETURN n.kind AS kind, count(*) AS count
  UNION ALL
  MATCH ()-[r]->() RETURN type(r) AS kind, count(*) AS count
}
RETURN kind, count
ORDER BY kind

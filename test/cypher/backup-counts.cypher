// Test helper (backup): nodes by label and relationships by type, counted by Neo4j.
CALL () { MATCH (n) UNWIND labels(n) AS label WITH label, count(*) AS n ORDER BY label RETURN collect([label, n]) AS labels }
CALL () { MATCH ()-[r]->() WITH type(r) AS type, count(*) AS n ORDER BY type RETURN collect([type, n]) AS types }
CALL () { MATCH (n) RETURN count(n) AS nodes }
RETURN labels, types, nodes

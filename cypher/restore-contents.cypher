// Restore: what the database holds already (a restore only loads into an empty one): nodes by label, most first.
MATCH (n)
UNWIND CASE WHEN labels(n) = [] THEN ['without a label'] ELSE labels(n) END AS label
RETURN label, count(*) AS nodes
ORDER BY nodes DESC, label

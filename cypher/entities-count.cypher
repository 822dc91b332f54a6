// How many entities match the list filters (same filters as entities-page.cypher, without cursor and order).
MATCH (n:Entity)
WHERE n.kind IN $kinds
  AND ($ids IS NULL OR n.id IN $ids)
  AND ($nameContains IS NULL OR n.sortName CONTAINS $nameContains
       OR any(alias IN n.aliases WHERE toLower(alias) CONTAINS $nameContains))
  AND all(c IN $equals WHERE n[c.key] = c.value)
  AND ($from IS NULL OR (n.dateIso IS NOT NULL AND
       left(n.dateIso, CASE WHEN size(n.dateIso) < size($from) THEN size(n.dateIso) ELSE size($from) END)
         >= left($from, CASE WHEN size(n.dateIso) < size($from) THEN size(n.dateIso) ELSE size($from) END)))
  AND ($to IS NULL OR (n.dateIso IS NOT NULL AND
       left(n.dateIso, CASE WHEN size(n.dateIso) < size($to) THEN size(n.dateIso) ELSE size($to) END)
         <= left($to, CASE WHEN size(n.dateIso) < size($to) THEN size(n.dateIso) ELSE size($to) END)))
  AND all(link IN $links WHERE EXISTS {
        MATCH p = (n)-[*1..3]-(:Entity {id: link.id})
        WHERE [r IN relationships(p) | type(r)] IN link.paths
      })
RETURN count(n) AS total

// How many entities match the list filters (same filters as entities-page.cypher, without cursor and order).
MATCH (n:Entity)
WHERE n.kind IN $kinds
  // $unfiltered (no filter given) skips every per-row filter check below.
  AND ($unfiltered OR (
         ($ids IS NULL OR n.id IN $ids)
    AND ($nameContains IS NULL OR n.sortName CONTAINS $nameContains
         OR any(alias IN n.aliases WHERE toLower(alias) CONTAINS $nameContains))
    AND all(c IN $equals WHERE n[c.key] = c.value)
    AND ($from IS NULL OR (n.dateIso IS NOT NULL AND
         left(n.dateIso, CASE WHEN size(n.dateIso) < size($from) THEN size(n.dateIso) ELSE size($from) END)
           >= left($from, CASE WHEN size(n.dateIso) < size($from) THEN size(n.dateIso) ELSE size($from) END)))
    AND ($to IS NULL OR (n.dateIso IS NOT NULL AND
         left(n.dateIso, CASE WHEN size(n.dateIso) < size($to) THEN size(n.dateIso) ELSE size($to) END)
           <= left($to, CASE WHEN size(n.dateIso) < size($to) THEN size(n.dateIso) ELSE size($to) END)))
    AND all(link IN $links WHERE any(path IN link.paths WHERE
          (size(path) = 1 AND EXISTS { MATCH (n)-[r1]-(:Entity {id: link.id}) WHERE type(r1) = path[0] })
       OR (size(path) = 2 AND EXISTS { MATCH (n)-[r1]-(:Entity)-[r2]-(:Entity {id: link.id}) WHERE type(r1) = path[0] AND type(r2) = path[1] })
       OR (size(path) = 3 AND EXISTS { MATCH (n)-[r1]-(:Entity)-[r2]-(:Entity)-[r3]-(:Entity {id: link.id}) WHERE type(r1) = path[0] AND type(r2) = path[1] AND type(r3) = path[2] })))
  ))
RETURN count(n) AS total

// One page of entities of $kinds matching the list filters, sorted by $orderField then id,
// starting after the cursor ($afterKey, $afterId). Returns $limit rows (page size + 1 to detect a next page).
// Dates compare at the precision both sides have: "2017" matches from: "2017-05".
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
WITH n, CASE $orderField WHEN 'DATE' THEN coalesce(n.dateIso, '') WHEN 'ID' THEN n.id ELSE n.sortName END AS sortKey
WHERE $afterKey IS NULL
   OR ($descending AND (sortKey < $afterKey OR (sortKey = $afterKey AND n.id < $afterId)))
   OR (NOT $descending AND (sortKey > $afterKey OR (sortKey = $afterKey AND n.id > $afterId)))
RETURN properties(n) AS node, sortKey
ORDER BY CASE WHEN $descending THEN null ELSE sortKey END ASC,
         CASE WHEN $descending THEN null ELSE n.id END ASC,
         CASE WHEN $descending THEN sortKey END DESC,
         CASE WHEN $descending THEN n.id END DESC
LIMIT $limit

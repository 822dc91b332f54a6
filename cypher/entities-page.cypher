// One page of entities of $kinds matching the list filters, sorted ascending by $orderField then id,
// starting after the cursor ($afterKey, $afterId);
// entities-page-descending.cypher is the same, descending. Returns $limit rows (page size + 1 to detect a next page).
// Dates compare at the precision both sides have: "2017" matches from: "2017-05".
// A link filter checks each of its relationship-type paths hop by hop (paths have 1 to 3 hops).
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
WITH n, CASE $orderField WHEN 'DATE' THEN coalesce(n.dateIso, '') WHEN 'ID' THEN n.id ELSE n.sortName END AS sortKey
WHERE $afterKey IS NULL OR sortKey > $afterKey OR (sortKey = $afterKey AND n.id > $afterId)
WITH n, sortKey
ORDER BY sortKey, n.id
LIMIT $limit
// Properties are read only for the rows of the page, after the sort.
RETURN properties(n) AS node, sortKey

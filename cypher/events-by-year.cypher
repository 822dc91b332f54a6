// Dated events (of $kinds) per year and per region they lie in. An event lies in a region when one of
// $regionPaths leads from it to the region: the model's eventInRegion link paths (src/model/linkPaths.ts), each
// the list of relationship types followed outwards, the notion the events(regionId:) filter uses; $hopTypes are
// the types they use and {{regionPathLength}} the longest. An event in no region counts once under a null region,
// one in two regions under each. With $regionId, only that region's rows. By year, then region name (none last).
MATCH (e:Entity)
WHERE e.kind IN $kinds AND e.dateYear IS NOT NULL
OPTIONAL MATCH (e) (()-[hop]->() WHERE type(hop) IN $hopTypes){1,{{regionPathLength}}} (region:Entity&Region)
WHERE [h IN hop | type(h)] IN $regionPaths
WITH e, collect(DISTINCT region) AS regions
UNWIND CASE WHEN size(regions) = 0 THEN [null] ELSE regions END AS region
WITH e, region
WHERE $regionId IS NULL OR region.id = $regionId
RETURN e.dateYear AS year, CASE WHEN region IS NULL THEN null ELSE properties(region) END AS region, count(e) AS events
ORDER BY year, region.sortName, region.id

// The network $networkId (no row when there is none), the region $regionId (null when not given or none),
// and the memberships of the network's member cities, only those in the region (City -LOCATED_IN-> Country
// -PART_OF-> Region) when $regionId is given: each with its properties (claims, evidence) and the city.
MATCH (network:Entity&Network {id: $networkId})
OPTIONAL MATCH (region:Entity&Region {id: $regionId})
RETURN properties(network) AS network,
  CASE WHEN region IS NULL THEN null ELSE properties(region) END AS region,
  COLLECT {
    MATCH (city:Entity&City)-[r:MEMBER_OF]->(network)
    WHERE $regionId IS NULL OR EXISTS { (city)-[:LOCATED_IN]->(:Entity&Country)-[:PART_OF]->(:Entity&Region {id: $regionId}) }
    RETURN {props: properties(r), city: properties(city)}
  } AS memberships

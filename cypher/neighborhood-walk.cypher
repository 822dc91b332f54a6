// A neighbourhood in one statement (src/database/neighbourhood.ts): the entity $id, then breadth first, level by
// level up to $depth, the entities next to the last level's (either direction) through $types when given, of $kinds
// when given, not yet found, by name, until $limit entities in all. A level is expanded only from the entities kept
// at the level before and only while the limit has room, so a hub is never expanded past the limit: a level that
// finds more than fit keeps the first by name, sets `truncated` and ends the walk. No row for an unknown $id.
// With $relationships, also the relationships among the entities (of $types when given), in a stable order.
MATCH (c:Entity {id: $id})
WITH reduce(walk = {nodes: [c], frontier: [c], truncated: false}, level IN range(1, $depth) |
  CASE WHEN walk.truncated OR size(walk.frontier) = 0 THEN walk ELSE
    // One level. `links`: the new entities next to the frontier by name, once per relationship. They are made
    // distinct in the list (repeats lie side by side) and cut by the list slice: inside this expression Neo4j's
    // DISTINCT and ORDER BY … LIMIT buffers count the walk along with each row, and a level of thousands of
    // entities would use up the transaction's memory.
    [links IN [COLLECT {
      UNWIND walk.frontier AS n
      MATCH (n)-[r]-(m:Entity)
      WHERE ($types IS NULL OR type(r) IN $types)
        AND ($kinds IS NULL OR m.kind IN $kinds)
        AND NOT m IN walk.nodes
      WITH m
      ORDER BY m.sortName, m.id
      RETURN m
    }] |
    [found IN [[i IN range(0, size(links) - 1) WHERE i = 0 OR links[i] <> links[i - 1] | links[i]]] | {
      nodes: walk.nodes + found[..$limit - size(walk.nodes)],
      frontier: found[..$limit - size(walk.nodes)],
      truncated: size(found) > $limit - size(walk.nodes)
    }][0]][0]
  END) AS walk
RETURN [n IN walk.nodes | {id: n.id, labels: labels(n), props: properties(n)}] AS nodes,
  walk.truncated AS truncated,
  CASE WHEN $relationships THEN COLLECT {
    UNWIND walk.nodes AS a
    // Walking out from each a inside CALL and testing b afterwards keeps the cost at the relationships of the
    // entities (as in neighborhood-relationships.cypher).
    CALL (a) {
      MATCH (a)-[r]->(b:Entity)
      RETURN r, b
    }
    WITH a, r, b
    WHERE b IN walk.nodes
      AND ($types IS NULL OR type(r) IN $types)
    WITH type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props
    ORDER BY type, from, to
    RETURN {type: type, from: from, to: to, props: props}
  } END AS relationships

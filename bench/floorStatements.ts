/**
 * The floors' Cypher: one hand-written, typed statement per shape (labels, relationship types and directions in
 * the patterns, only the properties asked for), returning one column `data` shaped like our GraphQL answer.
 *
 * The four analytical shapes have no equivalent selection in the Neo4j GraphQL Library, so their statements
 * (`ANALYTICS`, one column `result`) also serve as the library's `@cypher` queries: one text, three users
 * (the library, the in-process floor and the HTTP floor). Each reproduces what our named statement computes.
 */

/** A nested list of related entities in our order (sort name, then id), at most `limit`, as `{id, name}` maps. */
const related = (from: string, pattern: string, to: string, limit: number, extra = '') =>
  `COLLECT { MATCH ${pattern} WITH ${to} ORDER BY ${to}.sortName, ${to}.id LIMIT ${limit} RETURN ${to} {.id, .name${extra}} }`;

/** A page read in the order of the sortName index (Neo4j sorts only the ties on id), as the issue asks of pages. */
const CITY_PAGE = 'MATCH (n:Entity&City) WHERE n.sortName IS NOT NULL WITH n ORDER BY n.sortName, n.id LIMIT 100';

/** A piece of evidence's excerpt: null for a citation (its source is cited by reference, not held), as the API answers. */
const excerptOf = (v: string) => `CASE WHEN coalesce(${v}.evidenceKinds[i], 'EXCERPT') = 'EXCERPT' THEN ${v}.evidenceExcerpts[i] END`;

const evidenceOf = (v: string) =>
  `[i IN range(0, size(${v}.evidenceSourceIds) - 1) | {excerpt: ${excerptOf(v)}, source: {id: ${v}.evidenceSourceIds[i]}}]`;

export const FLOOR = {
  citiesCountryRegion: `${CITY_PAGE}
RETURN {cities: {edges: collect({node: n {.id, .name,
  country: head(${related('n', '(n)-[:LOCATED_IN]->(c:Country)', 'c', 1, `, region: head(${related('c', '(c)-[:PART_OF]->(r:Region)', 'r', 1)})`)})}})}} AS data`,

  citiesWorkshopsThemes: `${CITY_PAGE}
RETURN {cities: {edges: collect({node: n {.id, .name,
  workshops: ${related('n', '(n)<-[:HELD_IN]-(w:Workshop)', 'w', 50, `, themes: ${related('w', '(w)-[:COVERED]->(t:RiskTheme)', 't', 50)}`)}}})}} AS data`,

  workshopDetail: `MATCH (w:Entity {id: $id}) WHERE w:Workshop
RETURN {node: w {.id, .name, evidence: ${evidenceOf('w')},
  hosts: ${related('w', '(w)-[:HOSTED_BY]->(p:Partner)', 'p', 50)},
  themes: ${related('w', '(w)-[:COVERED]->(t:RiskTheme)', 't', 50)},
  participatingCountries: ${related('w', '(w)<-[:PARTICIPATED_IN]-(c:Country)', 'c', 50)}}} AS data`,

  citiesInCountry: `MATCH (:Entity {id: $countryId})<-[:LOCATED_IN]-(n:City)
WITH n ORDER BY n.sortName, n.id LIMIT 100
RETURN {cities: {edges: collect({node: n {.id, .name}})}} AS data`,

  cityCount: 'MATCH (n:City) RETURN {cities: {totalCount: count(n)}} AS data',
};

/** The library's `Workshop.evidence`: the entity's evidence as `{excerpt, source: {id}}`, one row each (excerpt null for a citation). */
export const EVIDENCE_FIELD = `UNWIND range(0, size(this.evidenceSourceIds) - 1) AS i RETURN {excerpt: ${excerptOf('this')}, source: {id: this.evidenceSourceIds[i]}} AS evidence`;

export const ANALYTICS = {
  /**
   * Depth 2, breadth first like `neighborhood`: the centre, then its neighbours (either direction) by name,
   * then theirs, at most $limit entities in all (`truncated` when the limit cut it); then every relationship
   * among them, by type, from and to.
   */
  neighborhood: `MATCH (c:Entity {id: $id})
CALL (c) {
  MATCH (c)--(m:Entity) WHERE m <> c
  WITH DISTINCT m ORDER BY m.sortName, m.id LIMIT $limit
  RETURN collect(m) AS near
}
WITH c, near[..$limit - 1] AS level1, size(near) > $limit - 1 AS cut
CALL (c, level1, cut) {
  UNWIND CASE WHEN cut THEN [] ELSE level1 END AS n
  MATCH (n)--(m:Entity) WHERE m <> c AND NOT m IN level1
  WITH DISTINCT m ORDER BY m.sortName, m.id LIMIT $limit
  RETURN collect(m) AS far
}
WITH c, level1, far, cut, $limit - 1 - size(level1) AS room
WITH [c] + level1 + far[..room] AS nodes, cut OR size(far) > room AS truncated
RETURN {
  nodes: [n IN nodes | n {.id, .name}],
  relationships: COLLECT {
    UNWIND nodes AS a MATCH (a)-[r]->(b) WHERE b IN nodes
    WITH type(r) AS type, a, b ORDER BY type, a.id, b.id
    RETURN {type: type, from: a {.id, .name}, to: b {.id, .name}}
  },
  truncated: truncated
} AS result`,

  /** The first of all shortest paths (either direction) in the order of their node ids, like `shortestPath`. */
  shortestPath: `MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
MATCH p = allShortestPaths((a)-[*..10]-(b))
WHERE length(p) <= $maxLength
WITH p, reduce(key = '', n IN nodes(p) | key + n.id + ' ') AS orderKey
ORDER BY orderKey LIMIT 1
RETURN {length: length(p), nodes: [n IN nodes(p) | n {.id, .name}], relationships: [r IN relationships(p) | {type: type(r)}]} AS result`,

  /** Full-text search with our Lucene query (passed in) and our exact-name boost, best first, ties by name. */
  search: `CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: 1000}) YIELD node, score
WITH node, score * CASE WHEN node.sortName = $exact OR any(alias IN node.aliases WHERE toLower(alias) = $exact) THEN 4.0 ELSE 1.0 END AS score
ORDER BY score DESC, node.sortName, node.id
LIMIT $first
RETURN {entity: node {.id, .name}, score: score} AS result`,

  /** Per theme: events that covered it, distinct cities they were held in, distinct countries held in or taking part. */
  themeCoverage: `MATCH (t:RiskTheme)
OPTIONAL MATCH (t)<-[:COVERED]-(e:Workshop|SteeringCommitteeMeeting)
WITH t, collect(DISTINCT e) AS events
CALL (events) {
  UNWIND events AS e
  OPTIONAL MATCH (e)-[:HELD_IN]->(city:City)
  RETURN count(DISTINCT city) AS cities
}
CALL (events) {
  UNWIND events AS e
  CALL (e) {
    MATCH (e)-[:HELD_IN]->(c:Country) RETURN c
    UNION MATCH (e)-[:HELD_IN]->(:City)-[:LOCATED_IN]->(c:Country) RETURN c
    UNION MATCH (e)<-[:PARTICIPATED_IN]-(c:Country) RETURN c
    UNION MATCH (e)<-[:PARTICIPATED_IN]-(:City)-[:LOCATED_IN]->(c:Country) RETURN c
  }
  RETURN count(DISTINCT c) AS countries
}
WITH t, size(events) AS events, cities, countries ORDER BY events DESC, t.sortName
RETURN {theme: t {.id, .name}, events: events, cities: cities, countries: countries} AS result`,
};

/** A floor statement from an analytical one: its single `result`, or (for lists) all of them in order, under `field`. */
export function floorOf(statement: string, field: string, list: boolean): string {
  return `CALL () {\n${statement}\n}\nRETURN {${field}: ${list ? 'collect(result)' : 'result'}} AS data`;
}

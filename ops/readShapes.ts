/**
 * The read shapes a dashboard asks, one GraphQL document each, over the seeded record: the fault suite and
 * `npm run chaos` ask them in turn and compare each answer with the one given before any fault.
 */
export const READ_SHAPES: Readonly<Record<string, string>> = {
  node: '{ node(id: "workshop:western-balkans-durres-2017") { id name } }',
  entities: '{ entities(ids: ["city:durres", "partner:isd", "city:aarhus"]) { id name } }',
  listWithTotalCount: '{ countries(first: 3) { totalCount edges { node { id name } } } }',
  nestedRelationships: `{ node(id: "workshop:western-balkans-durres-2017") { name ... on Workshop {
      hosts { name } participatingCountries { name aliases }
      relationships(types: ["HOSTED_BY"]) { to { name } evidence { excerpt source { name } } }
      next { name date { iso } status region { name } } } } }`,
  neighborhood: '{ neighborhood(id: "city:durres", depth: 2) { nodes { id } relationships { type from { id } to { id } } truncated } }',
  shortestPath: '{ shortestPath(fromId: "partner:isd", toId: "city:aarhus") { length nodes { id } relationships { type } } }',
  allShortestPathsEqualEnds: '{ allShortestPaths(fromId: "city:durres", toId: "city:durres") { length nodes { id } } }',
  // Not the score: Lucene's relevance statistics count documents the import rewrote until their segments merge, so a
  // restart can shift a score in its decimals (184.09 against 184.57 was seen) while the answer a user reads stays.
  search: '{ search(text: "durres") { entity { id } } }',
  events: '{ events(first: 20) { totalCount edges { node { id date { iso } } } } }',
  stats: '{ stats { kind count } }',
  themeCoverage: '{ themeCoverage { theme { id } events cities countries } }',
  countryActivity: '{ countryActivity { country { id } hosted participated partners } }',
  claims: '{ claims(id: "summit:scn-global-summit-2016") { agreement properties { property value agreement claims { value sources { id } } } } }',
  disputes: '{ disputes { entity { id } property claims { value chosen sources { id } } } }',
  membershipTimeline: '{ membershipTimeline(networkId: "network:scn") { date { iso } kind count { value qualifier } city { id } sources { id } } }',
};

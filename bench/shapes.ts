/**
 * The benchmarked query shapes. Each asks the same question four ways: our API, the Neo4j GraphQL Library's
 * API (an equivalent selection, or one of its `@cypher` queries), and one hand-written typed Cypher statement
 * for the two floors. Lists are ordered by sort name, then id on every side, and nested lists capped at 50 (our
 * default `first`), so the answers can be compared value for value.
 */
import { luceneQuery } from '../src/resolvers/luceneQuery';
import { ANALYTICS, FLOOR, floorOf } from './floorStatements';
import type { FloorQuery } from './floor';

export interface GraphqlRequest {
  query: string;
  variables?: Record<string, unknown>;
}

export interface Shape {
  name: string;
  /** Also timed at each size of the sweep (the page and detail shapes). */
  sweep: boolean;
  ours: GraphqlRequest;
  library: GraphqlRequest;
  floor: FloorQuery;
}

export interface ShapeParams {
  /** A workshop with evidence, hosts, themes and participating countries. */
  workshopId: string;
  /** A country with a few cities. */
  countryId: string;
  /** The centre of the depth-2 neighbourhood. */
  neighborhoodId: string;
  pathFromId: string;
  pathToId: string;
  /** One word that finds a few entities. */
  searchText: string;
}

/** The library's nested lists: same order as ours (sortName, then id), at most 50 like ours. */
const NESTED = 'limit: 50, sort: [{ sortName: ASC }, { id: ASC }]';
const PAGE = 'limit: 100, sort: [{ sortName: ASC }, { id: ASC }]';
const NEIGHBORHOOD_LIMIT = 200;
const PATH_MAX_LENGTH = 6;
const SEARCH_FIRST = 10;

const SUBGRAPH = '{ nodes { id name } relationships { type from { id name } to { id name } } truncated }';
const PATH = '{ length nodes { id name } relationships { type } }';
const HITS = '{ entity { id name } score }';
const COVERAGE = '{ theme { id name } events cities countries }';

export function buildShapes(p: ShapeParams): Shape[] {
  const search = { query: luceneQuery(p.searchText), exact: p.searchText.toLowerCase(), first: SEARCH_FIRST };
  const path = { fromId: p.pathFromId, toId: p.pathToId, maxLength: PATH_MAX_LENGTH };
  return [
    {
      name: '100 cities + country + region',
      sweep: true,
      ours: { query: '{ cities(first: 100) { edges { node { id name country { id name region { id name } } } } } }' },
      library: { query: `{ cities(${PAGE}) { id name country(${NESTED}) { id name region(${NESTED}) { id name } } } }` },
      floor: { statement: FLOOR.citiesCountryRegion, params: {} },
    },
    {
      name: '100 cities + workshops + themes',
      sweep: false,
      ours: { query: '{ cities(first: 100) { edges { node { id name workshops { id name themes { id name } } } } } }' },
      library: { query: `{ cities(${PAGE}) { id name workshops(${NESTED}) { id name themes(${NESTED}) { id name } } } }` },
      floor: { statement: FLOOR.citiesWorkshopsThemes, params: {} },
    },
    {
      name: 'workshop detail + evidence, hosts, themes, countries',
      sweep: true,
      ours: {
        query: `query ($id: ID!) { node(id: $id) { id name evidence { excerpt source { id } } ... on Workshop {
          hosts { id name } themes { id name } participatingCountries { id name } } } }`,
        variables: { id: p.workshopId },
      },
      library: {
        query: `query ($id: ID!) { workshops(where: { id: { eq: $id } }) { id name evidence { excerpt source { id } }
          hosts(${NESTED}) { id name } themes(${NESTED}) { id name } participatingCountries(${NESTED}) { id name } } }`,
        variables: { id: p.workshopId },
      },
      floor: { statement: FLOOR.workshopDetail, params: { id: p.workshopId } },
    },
    {
      name: 'cities in one country',
      sweep: false,
      ours: {
        query: 'query ($countryId: ID!) { cities(first: 100, filter: { countryId: $countryId }) { edges { node { id name } } } }',
        variables: { countryId: p.countryId },
      },
      library: {
        query: `query ($countryId: ID!) { cities(where: { country: { some: { id: { eq: $countryId } } } }, ${PAGE}) { id name } }`,
        variables: { countryId: p.countryId },
      },
      floor: { statement: FLOOR.citiesInCountry, params: { countryId: p.countryId } },
    },
    {
      name: 'totalCount of cities',
      sweep: false,
      ours: { query: '{ cities(first: 0) { totalCount } }' },
      library: { query: '{ citiesConnection { totalCount } }' },
      floor: { statement: FLOOR.cityCount, params: {} },
    },
    {
      name: 'neighbourhood, depth 2',
      sweep: false,
      ours: {
        query: `query ($id: ID!) { neighborhood(id: $id, depth: 2, limit: ${NEIGHBORHOOD_LIMIT}) ${SUBGRAPH} }`,
        variables: { id: p.neighborhoodId },
      },
      library: { query: `query ($id: ID!) { neighborhood(id: $id, limit: ${NEIGHBORHOOD_LIMIT}) ${SUBGRAPH} }`, variables: { id: p.neighborhoodId } },
      floor: { statement: floorOf(ANALYTICS.neighborhood, 'neighborhood', false), params: { id: p.neighborhoodId, limit: NEIGHBORHOOD_LIMIT } },
    },
    {
      name: 'shortest path',
      sweep: false,
      ours: { query: `query ($fromId: ID!, $toId: ID!, $maxLength: Int!) { shortestPath(fromId: $fromId, toId: $toId, maxLength: $maxLength) ${PATH} }`, variables: path },
      library: { query: `query ($fromId: ID!, $toId: ID!, $maxLength: Int!) { shortestPath(fromId: $fromId, toId: $toId, maxLength: $maxLength) ${PATH} }`, variables: path },
      floor: { statement: floorOf(ANALYTICS.shortestPath, 'shortestPath', false), params: path },
    },
    {
      name: 'search',
      sweep: false,
      ours: { query: `query ($text: String!) { search(text: $text, first: ${SEARCH_FIRST}) ${HITS} }`, variables: { text: p.searchText } },
      library: { query: `query ($query: String!, $exact: String!, $first: Int!) { search(query: $query, exact: $exact, first: $first) ${HITS} }`, variables: search },
      floor: { statement: floorOf(ANALYTICS.search, 'search', true), params: search },
    },
    {
      name: 'theme coverage',
      sweep: false,
      ours: { query: `{ themeCoverage ${COVERAGE} }` },
      library: { query: `{ themeCoverage ${COVERAGE} }` },
      floor: { statement: floorOf(ANALYTICS.themeCoverage, 'themeCoverage', true), params: {} },
    },
  ];
}

/** Keys whose values may differ in the last digits between sides (a float computed twice): not compared. */
const NOT_COMPARED = new Set(['score']);

/**
 * What an answer says, as `key=value` lines: every scalar, lists in their order, the keys of an object in
 * alphabetical order (so `{cities: {edges: [{node: …}]}}` and the library's `{cities: […]}` read the same, and a
 * single related entity reads like a list of one). Nulls and empty lists say nothing.
 */
export function answerValues(data: unknown, key = '', into: string[] = []): string[] {
  if (Array.isArray(data)) {
    for (const item of data) answerValues(item, key, into);
  } else if (data && typeof data === 'object') {
    for (const k of Object.keys(data).sort()) {
      if (!NOT_COMPARED.has(k)) answerValues((data as Record<string, unknown>)[k], k, into);
    }
  } else if (data !== null && data !== undefined) {
    into.push(`${key}=${String(data)}`);
  }
  return into;
}

/** 'same' (same values, same order), 'same values, other order', or a description of the difference. */
export function compareAnswers(ours: string[], theirs: string[]): string {
  if (ours.length === theirs.length && ours.every((v, i) => v === theirs[i])) return 'same';
  const a = [...ours].sort();
  const b = [...theirs].sort();
  if (a.length === b.length && a.every((v, i) => v === b[i])) return 'same values, other order';
  const onlyOurs = a.filter((v) => !b.includes(v));
  const onlyTheirs = b.filter((v) => !a.includes(v));
  return `DIFFERENT: ${ours.length} vs ${theirs.length} values; only ours ${onlyOurs.slice(0, 3).join(', ') || '-'}; only theirs ${onlyTheirs.slice(0, 3).join(', ') || '-'}`;
}

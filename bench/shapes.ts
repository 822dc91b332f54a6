/**
 * The benchmarked query shapes, each as a pair: our API and the Neo4j GraphQL Library's API asking for
 * the same answer from the same nodes. Both sides order lists by sortName, then id, and cap related lists
 * at 50 (our default `first`), so the answers can be compared id for id.
 */

export interface Request {
  query: string;
  variables?: Record<string, unknown>;
}

export interface Shape {
  name: string;
  ours: Request;
  theirs: Request;
  /** What to compare: the ids (or the count) an answer holds, in the order it holds them. */
  answer(data: unknown): string[];
}

export interface ShapeParams {
  /** A workshop with hosts, themes and participating countries. */
  workshopId: string;
  /** A country with a few cities. */
  countryId: string;
}

/** Both sides' nested lists: same order as ours (sortName, then id), at most 50 like ours. */
const NESTED = 'limit: 50, sort: [{ sortName: ASC }, { id: ASC }]';
const PAGE = 'limit: 100, sort: [{ sortName: ASC }, { id: ASC }]';

export function buildShapes(p: ShapeParams): Shape[] {
  return [
    {
      name: '100 cities + country + region',
      ours: {
        query: `{ cities(first: 100) { edges { node { id name country { id name region { id name } } } } } }`,
      },
      theirs: {
        query: `{ cities(${PAGE}) { id name country(${NESTED}) { id name region(${NESTED}) { id name } } } }`,
      },
      answer: collectIds,
    },
    {
      name: '100 cities + workshops + themes',
      ours: {
        query: `{ cities(first: 100) { edges { node { id name workshops { id name themes { id name } } } } } }`,
      },
      theirs: {
        query: `{ cities(${PAGE}) { id name workshops(${NESTED}) { id name themes(${NESTED}) { id name } } } }`,
      },
      answer: collectIds,
    },
    {
      name: 'workshop by id + hosts, themes, countries',
      ours: {
        query: `query ($id: ID!) { node(id: $id) { id name ... on Workshop {
          hosts { id name } themes { id name } participatingCountries { id name } } } }`,
        variables: { id: p.workshopId },
      },
      theirs: {
        query: `query ($id: ID!) { workshops(where: { id: { eq: $id } }) { id name
          hosts(${NESTED}) { id name } themes(${NESTED}) { id name } participatingCountries(${NESTED}) { id name } } }`,
        variables: { id: p.workshopId },
      },
      answer: collectIds,
    },
    {
      name: 'cities in one country',
      ours: {
        query: `query ($countryId: ID!) { cities(first: 100, filter: { countryId: $countryId }) { edges { node { id name } } } }`,
        variables: { countryId: p.countryId },
      },
      theirs: {
        query: `query ($countryId: ID!) { cities(where: { country: { some: { id: { eq: $countryId } } } }, ${PAGE}) { id name } }`,
        variables: { countryId: p.countryId },
      },
      answer: collectIds,
    },
    {
      name: 'totalCount of cities',
      ours: { query: `{ cities(first: 0) { totalCount } }` },
      theirs: { query: `{ citiesConnection { totalCount } }` },
      answer: (data) => [String(findKey(data, 'totalCount'))],
    },
  ];
}

/** Every `id` in an answer, depth first, in document order. */
export function collectIds(data: unknown, into: string[] = []): string[] {
  if (Array.isArray(data)) {
    for (const item of data) collectIds(item, into);
  } else if (data && typeof data === 'object') {
    for (const [key, value] of Object.entries(data)) {
      if (key === 'id' && typeof value === 'string') into.push(value);
      else collectIds(value, into);
    }
  }
  return into;
}

function findKey(data: unknown, key: string): unknown {
  if (!data || typeof data !== 'object') return undefined;
  for (const [k, value] of Object.entries(data)) {
    if (k === key) return value;
    const found = findKey(value, key);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** 'same' (same ids, same order), 'same ids, other order', or a description of the difference. */
export function compareAnswers(ours: string[], theirs: string[]): string {
  if (ours.length === theirs.length && ours.every((id, i) => id === theirs[i])) return 'same';
  const a = [...ours].sort();
  const b = [...theirs].sort();
  if (a.length === b.length && a.every((id, i) => id === b[i])) return 'same ids, other order';
  const onlyOurs = a.filter((id) => !b.includes(id));
  const onlyTheirs = b.filter((id) => !a.includes(id));
  return `DIFFERENT: ${ours.length} vs ${theirs.length} ids; only ours ${onlyOurs.slice(0, 3).join(', ') || '-'}; only theirs ${onlyTheirs.slice(0, 3).join(', ') || '-'}`;
}

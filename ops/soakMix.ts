/**
 * What the soak's clients ask of a service holding a generated network (bench/generateGraph.ts): readers (lists
 * with totalCount, details with nested relationships and evidence, search, neighbourhood, shortest path, the
 * analytics), exporters (whole-graph downloads, downloads aborted mid-way, neighbourhood downloads) and curators
 * (creates, updates and links on generated entities, each with an Idempotency-Key, retried with that key while
 * its outcome is unknown). Every write carries a citation whose statement is unique to it, so a checker can find
 * in the database exactly which writes took effect.
 */
import type { GeneratedGraph } from '../bench/generateGraph';
import { POOLS, prng } from '../bench/generateGraph';
import type { GraphqlRequest } from '../bench/shapes';
import { Answer, NO_ANSWER, postGraphql } from './harness/load';

/** Random choices of one client, reproducible from its number. */
export type Pick = <T>(list: readonly T[]) => T;

export function picker(seed: number): { pick: Pick; below: (n: number) => number } {
  const random = prng(seed);
  const below = (n: number) => Math.floor(random() * n);
  return { below, pick: (list) => list[below(list.length)] };
}

/** Ids and words of the generated network the requests draw from. */
export interface Network {
  units: number;
  /** Sizes of the pools of regions, countries, themes and partners. */
  pools: typeof POOLS;
  /** First words of generated city names (search terms). */
  words: string[];
}

export function networkOf(graph: GeneratedGraph): Network {
  const words = new Set<string>();
  for (const file of graph.files) {
    for (const entity of file.data.entities) if (entity.kind === 'City' && words.size < 2000) words.add(entity.name.split(' ')[0]);
  }
  return { units: graph.units, pools: POOLS, words: [...words] };
}

const PAGE = 'totalCount edges { node { id name } } pageInfo { hasNextPage endCursor }';
const EVIDENCE = 'evidence { kind excerpt statement source { id name } }';

/** A read shape: its name and a request drawn at random. */
export interface ReadShape {
  name: string;
  /** Relative frequency in the mix. */
  weight: number;
  request(net: Network, pick: Pick, below: (n: number) => number): GraphqlRequest;
}

const city = (net: Network, below: (n: number) => number) => `city:gen-${1 + below(net.units)}`;
const country = (net: Network, below: (n: number) => number) => `country:gen-${1 + below(net.pools.countries)}`;

export const READ_SHAPES: readonly ReadShape[] = [
  {
    name: 'list + totalCount',
    weight: 4,
    request: (net, pick, below) =>
      pick([
        { query: `query ($c: ID!) { cities(first: 20, filter: { countryId: $c }) { ${PAGE} } }`, variables: { c: country(net, below) } },
        { query: `{ workshops(first: 50) { ${PAGE} } }` },
        { query: `query ($t: String!) { cities(first: 20, filter: { nameContains: $t }) { ${PAGE} } }`, variables: { t: pick(net.words).slice(0, 4) } },
      ]),
  },
  {
    name: 'detail + nested',
    weight: 5,
    request: (net, pick, below) =>
      pick([
        {
          query: `query ($id: ID!) { node(id: $id) { id name ${EVIDENCE} ... on City { country { id name region { id name } } workshops { id name date { iso }
            themes { id name } hosts { id name } participatingCountries { id name } } } relationships { type from { id } to { id name } ${EVIDENCE} } } }`,
          variables: { id: city(net, below) },
        },
        {
          query: `query ($id: ID!) { node(id: $id) { id name ${EVIDENCE} ... on Workshop { date { iso precision } status hosts { id name } themes { id name }
            participatingCountries { id name } buildsOn { id name } } relationships(first: 20) { type to { id name } ${EVIDENCE} } } }`,
          variables: { id: `workshop:gen-${1 + below(net.units)}-1` },
        },
      ]),
  },
  {
    name: 'search',
    weight: 3,
    request: (net, pick) => ({ query: 'query ($q: String!) { search(text: $q, first: 10) { entity { id name } score } }', variables: { q: pick(net.words) } }),
  },
  {
    name: 'neighbourhood',
    weight: 2,
    request: (net, _pick, below) => ({
      query: 'query ($id: ID!) { neighborhood(id: $id, depth: 2, limit: 200) { nodes { id name } relationships { type from { id } to { id } } truncated } }',
      variables: { id: city(net, below) },
    }),
  },
  {
    // From a partner to a city, as the explorer's example (ISD to Aarhus). Between two cities of the generated
    // network that share no theme, the shortest paths are 6 steps long and number in the thousands, and
    // shortest-paths.cypher enumerates them all to return a stable one: such a request can reach the deadline.
    name: 'shortest path',
    weight: 2,
    request: (net, _pick, below) => ({
      query: 'query ($a: ID!, $b: ID!) { shortestPath(fromId: $a, toId: $b, maxLength: 6) { length nodes { id name } relationships { type } } }',
      variables: { a: `partner:gen-${1 + below(net.pools.partners)}`, b: city(net, below) },
    }),
  },
  {
    name: 'analytics',
    weight: 2,
    request: (net, pick, below) =>
      pick([
        { query: '{ stats { kind count } }' },
        { query: '{ themeCoverage { theme { id name } events cities countries } }' },
        { query: 'query ($r: ID) { countryActivity(regionId: $r) { country { id name } hosted participated partners } }', variables: { r: `region:gen-${1 + below(net.pools.regions)}` } },
      ]),
  },
];

const WEIGHTED = READ_SHAPES.flatMap((shape) => Array.from({ length: shape.weight }, () => shape));

export function readRequest(net: Network, pick: Pick, below: (n: number) => number): { shape: string; request: GraphqlRequest } {
  const shape = pick(WEIGHTED);
  return { shape: shape.name, request: shape.request(net, pick, below) };
}

/** An export: whole graph (each format in turn), whole graph aborted after some bytes, or one neighbourhood. */
export const EXPORT_FORMATS = ['graphml', 'json', 'csv'] as const;

export function exportRequest(net: Network, turn: number, below: (n: number) => number): { shape: string; path: string; abortAfterBytes?: number } {
  const format = EXPORT_FORMATS[Math.floor(turn / 3) % 3];
  switch (turn % 3) {
    case 0:
      return { shape: 'export: whole graph', path: `/export?format=${format}` };
    case 1:
      return { shape: 'export: aborted', path: `/export?format=${format}`, abortAfterBytes: 64 * 1024 * (1 + below(16)) };
    default:
      return { shape: 'export: neighbourhood', path: `/export?format=${format}&id=${encodeURIComponent(city(net, below))}&depth=2&limit=500` };
  }
}

/** The source every soak write cites (cited by reference). */
export function soakSource(run: string): Record<string, string> {
  return {
    id: `source:soak-${run}`,
    name: `Soak run ${run}`,
    address: `https://example.org/soak/${run}`,
    title: `Soak run ${run}`,
    publisher: 'SCN Graph operations',
    documentType: 'test record',
    consultedDate: new Date().toISOString().slice(0, 10),
  };
}

export type WriteOutcome = 'done' | 'failed' | 'unknown';

/** One curator write and what its client was told. */
export interface Write {
  op: 'create' | 'update' | 'link';
  /** What it writes on: an entity id, or "from TYPE to". */
  subject: string;
  /** Its citation's statement, unique to it. */
  statement: string;
  outcome: WriteOutcome;
  attempts: number;
}

const WRITE_RESULT = '{ changeId changed }';

function writeRequest(net: Network, op: Write['op'], source: string, statement: string, id: string, below: (n: number) => number): { subject: string; request: GraphqlRequest } {
  const evidence = [{ statement, locator: 'soak' }];
  switch (op) {
    case 'create':
      return {
        subject: id,
        request: {
          query: `mutation ($input: CreateEntityInput!) { createEntity(input: $input) ${WRITE_RESULT} }`,
          variables: { input: { id, kind: 'City', name: `Soak city ${id.slice('city:soak-'.length)}`, source, evidence } },
        },
      };
    case 'update': {
      const target = city(net, below);
      return {
        subject: target,
        request: {
          query: `mutation ($input: UpdateEntityInput!) { updateEntity(input: $input) ${WRITE_RESULT} }`,
          variables: { input: { id: target, description: `Described by ${statement}.`, source, evidence } },
        },
      };
    }
    case 'link': {
      const [from, to] = [`workshop:gen-${1 + below(net.units)}-1`, `theme:gen-${1 + below(net.pools.themes)}`];
      return {
        subject: `${from} COVERED ${to}`,
        request: { query: `mutation ($input: LinkInput!) { link(input: $input) ${WRITE_RESULT} }`, variables: { input: { type: 'COVERED', from, to, source, evidence } } },
      };
    }
  }
}

/** Answers whose write may or may not have happened: retried with the same Idempotency-Key. */
const OUTCOME_UNKNOWN = new Set([NO_ANSWER, 'DATABASE_UNAVAILABLE', 'DATABASE_TIMEOUT', 'DATABASE_BUSY', 'WRITE_OUTCOME_UNKNOWN']);
const ATTEMPTS = 5;

/**
 * One curator write, sent with an Idempotency-Key and retried with the same key while its outcome is unknown
 * (no answer, 503, 504, WRITE_OUTCOME_UNKNOWN). A create retried after such an answer may find its own first attempt done: CONFLICT
 * ("already exists") then counts as done once (a server without idempotency keys answers that way).
 */
export async function curatorWrite(
  base: string,
  net: Network,
  options: { key: string; run: string; client: number; turn: number; timeoutMs: number; below: (n: number) => number; record: (answer: Answer) => void },
): Promise<Write> {
  const op = (['create', 'update', 'link'] as const)[options.turn % 3];
  const name = `${options.run}-${options.client}-${options.turn}`;
  const statement = `soak ${options.run} ${options.client}-${options.turn}`;
  const { subject, request } = writeRequest(net, op, `source:soak-${options.run}`, statement, `city:soak-${name}`, options.below);
  const headers = { authorization: `Bearer ${options.key}`, 'idempotency-key': `soak-${name}` };
  let outcome: WriteOutcome = 'unknown';
  let attempts = 0;
  while (attempts < ATTEMPTS) {
    attempts += 1;
    const answer = await postGraphql(base, `write: ${op}`, request, { headers, timeoutMs: options.timeoutMs });
    options.record(answer);
    if (answer.status === 200 && answer.codes.length === 0) outcome = 'done';
    else if (op === 'create' && attempts > 1 && answer.codes.includes('CONFLICT')) outcome = 'done';
    else if (answer.codes.some((code) => OUTCOME_UNKNOWN.has(code))) continue;
    // After an unknown outcome, a refusal of the retry (e.g. CONFLICT while the first attempt still holds its key)
    // says nothing of the first attempt: the write stays unknown and is sent again.
    else if (attempts > 1) continue;
    else outcome = 'failed';
    break;
  }
  return { op, subject, statement, outcome, attempts };
}

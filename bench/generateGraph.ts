/**
 * A generated graph in the seed format (the JSON of `seeds/*.json`, checked by `src/seed/seedFileSchema.ts`):
 * every entity and relationship with one piece of evidence, deterministic for a given seed and size.
 *
 * The graph is made of fixed pools (10 regions, 100 countries, 30 themes, 40 partners, in `gen-pools.json`)
 * and "city units": city i, in a country, with 1–3 workshops held in it, each covering 1–3 themes, hosted by a
 * partner, attended by 0–2 countries and building on the city's previous workshop; about 12 relationships a
 * unit. Each unit draws from its own PRNG (seeded with the seed and its number), so a smaller graph is a prefix
 * of a larger one: units are cut into files of UNITS_PER_FILE, and growing the graph only adds units (to the
 * last file, then to new files). Importing the larger set over the smaller one therefore only adds.
 *
 * CLI: `npm run generate-graph -- <relationships> <output dir> [seed]` writes the files, which `readSeeds`
 * accepts like `seeds/`; the bench loads them without writing them (bench/loadGraph.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentFile } from '../src/seed/seedFileSchema';

export const DEFAULT_SEED = 20171;
export const UNITS_PER_FILE = 500;
export const POOLS = { regions: 10, countries: 100, themes: 30, partners: 40 };

type Entity = DocumentFile['entities'][number];
type Relationship = DocumentFile['relationships'][number];

export interface GeneratedGraph {
  /** Document files, pools first, then units in order. */
  files: { name: string; data: DocumentFile }[];
  units: number;
  entities: number;
  relationships: number;
}

/** mulberry32: a small, fast, well-spread 32-bit PRNG; returns a function giving floats in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'ro', 'vi', 'ta', 'mel', 'dor', 'lin', 'sa', 'bre', 'no', 'vel', 'tur', 'an', 'esk', 'mi', 'zor', 'pal', 'gra', 'cen', 'ul'];
const ENDINGS = ['ica', 'ov', 'burg', 'ara', 'ton', 'ek', 'ville', 'ane', 'ir', 'osa'];

function placeName(random: () => number): string {
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const word = pick(SYLLABLES) + pick(SYLLABLES) + pick(ENDINGS);
  return word[0].toUpperCase() + word.slice(1);
}

const evidence = (excerpt: string) => [{ excerpt }];
const entity = (id: string, kind: Entity['kind'], name: string, excerpt: string, properties: Record<string, unknown> = {}): Entity => ({
  id,
  kind,
  name,
  aliases: [],
  properties,
  evidence: evidence(excerpt),
});
const link = (type: Relationship['type'], from: string, to: string, excerpt: string): Relationship => ({ type, from, to, evidence: evidence(excerpt) });

function document(name: string, title: string, entities: Entity[], relationships: Relationship[]): { name: string; data: DocumentFile } {
  const id = `source:${name}`;
  return {
    name: `${name}.json`,
    data: {
      source: { id, name: title, file: `${name}.txt`, documentType: 'generated document', evidence: [] },
      entities,
      relationships,
    },
  };
}

function pools(): { name: string; data: DocumentFile } {
  const entities: Entity[] = [];
  const relationships: Relationship[] = [];
  for (let r = 1; r <= POOLS.regions; r++) entities.push(entity(`region:gen-${r}`, 'Region', `Generated region ${r}`, `Region ${r} is a generated region.`));
  for (let c = 1; c <= POOLS.countries; c++) {
    const region = `region:gen-${(c % POOLS.regions) + 1}`;
    entities.push(entity(`country:gen-${c}`, 'Country', `Generated country ${c}`, `Country ${c} is a generated country.`));
    relationships.push(link('PART_OF', `country:gen-${c}`, region, `Country ${c} lies in ${region}.`));
  }
  for (let t = 1; t <= POOLS.themes; t++) entities.push(entity(`theme:gen-${t}`, 'RiskTheme', `Generated theme ${t}`, `Theme ${t} is a generated theme.`));
  for (let p = 1; p <= POOLS.partners; p++) {
    entities.push(entity(`partner:gen-${p}`, 'Partner', `Generated partner ${p}`, `Partner ${p} is a generated partner.`, { organisationType: 'NGO' }));
  }
  return document('gen-pools', 'Generated pools', entities, relationships);
}

/** City unit `i` (from 1): its entities and relationships, drawn from its own PRNG. */
function unit(i: number, seed: number): { entities: Entity[]; relationships: Relationship[] } {
  const random = prng((Math.imul(seed, 0x9e3779b1) ^ Math.imul(i, 0x85ebca6b)) >>> 0);
  const below = (n: number) => Math.floor(random() * n);
  const city = `city:gen-${i}`;
  // Numbered: drawn names repeat, and two cities of one name would be one city to the seed reader (one id per real thing).
  const cityName = `${placeName(random)} ${i}`;
  const country = `country:gen-${below(POOLS.countries) + 1}`;
  const entities = [entity(city, 'City', cityName, `${cityName} is city ${i}.`)];
  const relationships = [link('LOCATED_IN', city, country, `${cityName} lies in ${country}.`)];
  const workshops = 1 + below(3);
  for (let w = 1; w <= workshops; w++) {
    const id = `workshop:gen-${i}-${w}`;
    const name = `${cityName} workshop ${w}`;
    const year = 2015 + below(10);
    const month = String(1 + below(12)).padStart(2, '0');
    entities.push(entity(id, 'Workshop', name, `The ${name} was held in ${year}.`, { workshopKind: 'IN_COUNTRY_TRAINING', status: 'HELD', date: `${year}-${month}` }));
    relationships.push(link('HELD_IN', id, city, `The ${name} took place in ${cityName}.`));
    const first = below(POOLS.themes);
    const themes = 1 + below(3);
    for (let k = 0; k < themes; k++) {
      relationships.push(link('COVERED', id, `theme:gen-${((first + k * 7) % POOLS.themes) + 1}`, `The ${name} covered theme ${k + 1}.`));
    }
    relationships.push(link('HOSTED_BY', id, `partner:gen-${below(POOLS.partners) + 1}`, `The ${name} was hosted by a partner.`));
    const guests = below(3);
    for (let g = 0; g < guests; g++) {
      const guest = `country:gen-${below(POOLS.countries) + 1}`;
      if (guest !== country && !relationships.some((r) => r.type === 'PARTICIPATED_IN' && r.from === guest && r.to === id)) {
        relationships.push(link('PARTICIPATED_IN', guest, id, `${guest} took part in the ${name}.`));
      }
    }
    if (w > 1) relationships.push(link('BUILDS_ON', id, `workshop:gen-${i}-${w - 1}`, `The ${name} built on the previous one.`));
  }
  return { entities, relationships };
}

/** The smallest generated graph with at least `relationships` relationships (pools included). */
export function generateGraph(relationships: number, seed = DEFAULT_SEED): GeneratedGraph {
  const pool = pools();
  const files = [pool];
  let total = pool.data.relationships.length;
  let entities = pool.data.entities.length;
  let units = 0;
  let current: ReturnType<typeof document> | undefined;
  while (total < relationships) {
    units += 1;
    if ((units - 1) % UNITS_PER_FILE === 0) {
      const n = (units - 1) / UNITS_PER_FILE + 1;
      current = document(`gen-${n}`, `Generated document ${n}`, [], []);
      files.push(current);
    }
    const u = unit(units, seed);
    current!.data.entities.push(...u.entities);
    current!.data.relationships.push(...u.relationships);
    total += u.relationships.length;
    entities += u.entities.length;
  }
  // Each document's Source node is an entity too.
  return { files, units, entities: entities + files.length, relationships: total };
}

if (require.main === module) {
  const [size, out, seed] = process.argv.slice(2);
  if (!size || !out || !/^\d+$/.test(size) || (seed !== undefined && !/^\d+$/.test(seed))) {
    console.error('usage: npm run generate-graph -- <relationships> <output dir> [seed]');
    process.exit(1);
  }
  const graph = generateGraph(Number(size), seed === undefined ? DEFAULT_SEED : Number(seed));
  mkdirSync(out, { recursive: true });
  for (const file of graph.files) writeFileSync(join(out, file.name), `${JSON.stringify(file.data, null, 1)}\n`);
  console.log(`${graph.files.length} files, ${graph.entities} entities, ${graph.relationships} relationships (${graph.units} city units) in ${out}`);
}

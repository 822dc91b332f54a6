import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Database } from '../../src/database/database';
import { parseStoredClaims, resolveClaims } from '../../src/model/claims';
import { propertiesOf } from '../../src/model/properties';
import { importSeeds } from '../../src/seed/importSeeds';
import { readSeeds, SeedError } from '../../src/seed/readSeeds';
import { runFixture } from '../support/cypherFixture';
import { openTestDatabase } from '../support/testDatabase';
import { startTestService } from '../support/testService';

// Small seed files of test sources about test entities (ids with ':test-'), imported into the suite's database
// beside the shipped seeds and deleted afterwards. Each test writes its own directory of files.
let db: Database;
const dirs: string[] = [];
beforeAll(() => {
  db = openTestDatabase();
});
afterEach(async () => {
  await runFixture(db, 'delete-test-entities');
});
afterAll(async () => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  await db.close();
});

type Json = Record<string, unknown>;

/** A source cited by reference, with `entities` and `relationships`, each stated with one citation. */
function document(slug: string, entities: Json[], relationships: Json[] = []): Json {
  const cite = (x: Json) => ({ ...x, evidence: [{ statement: `${slug} states it.` }] });
  return {
    source: { id: `source:test-${slug}`, name: `Test page ${slug}`, documentType: 'web page', address: `https://example.org/${slug}`, title: `Test page ${slug}`, publisher: 'Example Publisher' },
    entities: entities.map(cite),
    relationships: relationships.map(cite),
  };
}

/** Writes the files into a new directory and returns it. */
function seedDir(files: Record<string, Json>): string {
  const dir = mkdtempSync(join(tmpdir(), 'scn-claims-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), JSON.stringify(content));
  return dir;
}

async function importDir(dir: string) {
  return importSeeds(db, readSeeds(dir));
}

async function entity(id: string): Promise<Json> {
  const [row] = await db.read('entities-by-id', { ids: [id] });
  return row?.node as Json;
}

async function testGraph(): Promise<{ entities: unknown[]; relationships: unknown[] }> {
  return { entities: await runFixture(db, 'test-entities'), relationships: await runFixture(db, 'test-relationships') };
}

const WORKSHOP = { id: 'workshop:test-fused', kind: 'Workshop', name: 'Test regional workshop', properties: { workshopKind: 'REGIONAL_PRACTITIONERS_WORKSHOP' } };
/** An announcement: scheduled for 11–12 May 2016. */
const ANNOUNCEMENT = document('announcement', [{ ...WORKSHOP, properties: { ...WORKSHOP.properties, status: 'SCHEDULED', date: '2016-05-11', endDate: '2016-05-12' } }]);
/** A report, later: held, in May 2016. */
const REPORT = document('report', [{ ...WORKSHOP, properties: { ...WORKSHOP.properties, status: 'HELD', date: '2016-05' } }]);

describe('Seed claims: fusing sources', () => {
  test('an announcement (SCHEDULED, 11–12 May) and a report (HELD, May) are one HELD event dated 11 May, both sources kept', async () => {
    await importDir(seedDir({ 'announcement.json': ANNOUNCEMENT, 'report.json': REPORT }));
    const node = await entity('workshop:test-fused');
    expect(node).toMatchObject({ status: 'HELD', dateIso: '2016-05-11', datePrecision: 'DAY', dateDay: 11, endDateIso: '2016-05-12', name: 'Test regional workshop' });
    expect(node.evidenceSourceIds).toEqual(['source:test-announcement', 'source:test-report']);
    const claims = parseStoredClaims(node.claimSourceIds as string[], node.claimProperties as string[], node.claimValues as string[]);
    expect(claims.filter((c) => c.property === 'date')).toEqual([
      { sourceId: 'source:test-announcement', property: 'date', value: '2016-05-11' },
      { sourceId: 'source:test-report', property: 'date', value: '2016-05' },
    ]);
    expect(claims.filter((c) => c.property === 'status').map((c) => c.value)).toEqual(['SCHEDULED', 'HELD']);
  });

  test('the same fusion whichever file imports first', async () => {
    await importSeeds(db, readSeeds(seedDir({ 'report.json': REPORT })));
    await importSeeds(db, readSeeds(seedDir({ 'announcement.json': ANNOUNCEMENT })));
    const node = await entity('workshop:test-fused');
    expect(node).toMatchObject({ status: 'HELD', dateIso: '2016-05-11', endDateIso: '2016-05-12' });
    // Claims are stored in source order, whatever the order of imports.
    expect(node.claimSourceIds).toEqual([...(node.claimSourceIds as string[])].sort());
  });

  test('sources that contradict each other keep both values; the graph holds the chosen one', async () => {
    const fourteen = document('fourteen', [{ ...WORKSHOP, properties: { ...WORKSHOP.properties, status: 'HELD', cityCount: { value: 14, qualifier: 'EXACTLY' } } }]);
    const fifteen = document('fifteen', [{ ...WORKSHOP, properties: { ...WORKSHOP.properties, status: 'HELD', cityCount: { value: 15, qualifier: 'EXACTLY' } } }]);
    await importDir(seedDir({ 'fourteen.json': fourteen, 'fifteen.json': fifteen }));
    const node = await entity('workshop:test-fused');
    const claims = parseStoredClaims(node.claimSourceIds as string[], node.claimProperties as string[], node.claimValues as string[]);
    const [cityCount] = resolveClaims(propertiesOf('Workshop'), claims.filter((c) => c.property === 'cityCount'));
    expect(cityCount.agreement).toBe('CONFLICT');
    expect(cityCount.values.map((v) => [v.value, v.sourceIds])).toEqual([
      [{ value: 15, qualifier: 'EXACTLY' }, ['source:test-fifteen']],
      [{ value: 14, qualifier: 'EXACTLY' }, ['source:test-fourteen']],
    ]);
    // Equal support: the smallest source id wins, and the node holds that value.
    expect(node).toMatchObject({ cityCount: 15, cityCountQualifier: 'EXACTLY' });
  });

  test('a second spelling of a name becomes an alias, and the full-text index finds the entity by it', async () => {
    const city = (name: string, aliases: string[] = []) => ({ id: 'city:test-cair', kind: 'City', name, aliases });
    await importDir(seedDir({ 'a.json': document('a', [city('Čair')]), 'b.json': document('b', [city('Cair', ['Chair municipality'])]), 'c.json': document('c', [city('Čair')]) }));
    const node = await entity('city:test-cair');
    expect(node).toMatchObject({ name: 'Čair', sortName: 'čair', aliases: ['Cair', 'Chair municipality'], aliasText: 'Cair | Chair municipality' });
    const service = await startTestService();
    try {
      const answer = await service.client.request<{ search: { entity: { id: string; name: string; aliases: string[] } }[] }>(
        `query ($text: String!) { search(text: $text, kinds: [City]) { entity { id name aliases } } }`,
        { text: 'Chair municipality' },
      );
      expect(answer.search[0].entity).toEqual({ id: 'city:test-cair', name: 'Čair', aliases: ['Cair', 'Chair municipality'] });
    } finally {
      await service.stop();
    }
  });

  test('relationship properties from several sources resolve too: a more precise joining date refines a coarser one', async () => {
    const ends = [
      { id: 'city:test-member', kind: 'City', name: 'Test member city' },
      { id: 'network:test-network', kind: 'Network', name: 'Test network' },
    ];
    const joined = (slug: string, date: string) => document(slug, ends, [{ type: 'MEMBER_OF', from: 'city:test-member', to: 'network:test-network', properties: { joined: date } }]);
    await importDir(seedDir({ 'month.json': joined('month', '2015-09'), 'day.json': joined('day', '2015-09-29') }));
    const [membership] = await runFixture(db, 'test-relationships');
    expect(membership.key).toBe('city:test-member MEMBER_OF network:test-network');
    expect(membership.props).toMatchObject({ joinedIso: '2015-09-29', joinedPrecision: 'DAY', basis: 'SOURCE', claimSourceIds: ['source:test-day', 'source:test-month'] });
  });
});

describe('Seed claims: importing again and pruning', () => {
  test('a file imports in five statements however many entities and relationships it states', async () => {
    const statements: string[] = [];
    const off = db.onQuery((name) => statements.push(name));
    try {
      await importDir(seedDir({ 'announcement.json': ANNOUNCEMENT }));
    } finally {
      off();
    }
    expect(statements).toEqual(['import-entities', 'import-relationships', 'prune-source', 'read-claims', 'write-resolved']);
  });

  test('importing the same files again changes nothing', async () => {
    const dir = seedDir({ 'announcement.json': ANNOUNCEMENT, 'report.json': REPORT });
    await importDir(dir);
    const before = await testGraph();
    await importDir(dir);
    expect(await testGraph()).toEqual(before);
  });

  test('when a source no longer states an entity, its claims go and what remains is resolved again', async () => {
    await importDir(seedDir({ 'announcement.json': ANNOUNCEMENT, 'report.json': REPORT }));
    const withdrawn = { ...ANNOUNCEMENT, entities: [] };
    const summary = await importDir(seedDir({ 'announcement.json': withdrawn, 'report.json': REPORT }));
    expect(summary.pruned).toBe(0);
    const node = await entity('workshop:test-fused');
    // Only the report is left: HELD in May 2016, and no end date, which only the announcement gave.
    expect(node).toMatchObject({ status: 'HELD', dateIso: '2016-05', datePrecision: 'MONTH' });
    expect(node).not.toHaveProperty('dateDay');
    expect(node).not.toHaveProperty('endDateIso');
    expect(node.claimSourceIds).toEqual(['source:test-report', 'source:test-report', 'source:test-report', 'source:test-report']);
    expect(node.evidenceSourceIds).toEqual(['source:test-report']);
  });

  test('when a source no longer gives a property, the value it alone supported goes', async () => {
    await importDir(seedDir({ 'announcement.json': ANNOUNCEMENT, 'report.json': REPORT }));
    const [entityWithoutDates] = (ANNOUNCEMENT.entities as Json[]).map((e) => ({ ...e, properties: { workshopKind: 'REGIONAL_PRACTITIONERS_WORKSHOP', status: 'SCHEDULED' } }));
    await importDir(seedDir({ 'announcement.json': { ...ANNOUNCEMENT, entities: [entityWithoutDates] }, 'report.json': REPORT }));
    const node = await entity('workshop:test-fused');
    expect(node).toMatchObject({ status: 'HELD', dateIso: '2016-05' });
    expect(node).not.toHaveProperty('endDateIso');
  });

  test('when a source no longer states a relationship property, the relationship keeps the other source\'s', async () => {
    const ends = [
      { id: 'city:test-member', kind: 'City', name: 'Test member city' },
      { id: 'network:test-network', kind: 'Network', name: 'Test network' },
    ];
    const member = (slug: string, properties?: Json) => document(slug, ends, [{ type: 'MEMBER_OF', from: 'city:test-member', to: 'network:test-network', ...(properties ? { properties } : {}) }]);
    await importDir(seedDir({ 'month.json': member('month', { joined: '2015-09' }), 'day.json': member('day', { joined: '2015-09-29' }) }));
    await importDir(seedDir({ 'month.json': member('month', { joined: '2015-09' }), 'day.json': { ...member('day'), relationships: [] } }));
    const [membership] = await runFixture(db, 'test-relationships');
    expect(membership.props).toMatchObject({ joinedIso: '2015-09', joinedPrecision: 'MONTH', evidenceSourceIds: ['source:test-month'], claimSourceIds: ['source:test-month'] });
    await importDir(seedDir({ 'month.json': member('month'), 'day.json': { ...member('day'), relationships: [] } }));
    const [bare] = await runFixture(db, 'test-relationships');
    expect(bare.props).not.toHaveProperty('joinedIso');
    expect(bare.props).toMatchObject({ claimSourceIds: [], evidenceSourceIds: ['source:test-month'] });
  });
});

describe('Seed claims: errors before anything is written', () => {
  const nothingWritten = async (ids: string[]) => expect(await db.read('entities-by-id', { ids })).toEqual([]);

  test('one id stated with two kinds names the id, both kinds and both files', async () => {
    const dir = seedDir({ 'a.json': document('a', [{ id: 'city:test-twice', kind: 'City', name: 'Twice' }]), 'b.json': document('b', [{ id: 'city:test-twice', kind: 'Country', name: 'Twice' }]) });
    expect(() => readSeeds(dir)).toThrow(SeedError);
    expect(() => readSeeds(dir)).toThrow('b.json: entity city:test-twice: field kind: Country here, but City in a.json; one id is one entity of one kind');
  });

  test('an id stored with another kind by an earlier import is refused, and the file writes nothing', async () => {
    await importDir(seedDir({ 'a.json': document('a', [{ id: 'city:test-twice', kind: 'City', name: 'Twice' }]) }));
    const later = seedDir({ 'b.json': document('b', [{ id: 'city:test-twice', kind: 'Country', name: 'Twice' }, { id: 'city:test-other', kind: 'City', name: 'Other' }]) });
    await expect(importDir(later)).rejects.toThrow('b.json: entity city:test-twice: field kind: Country here, but stored as a City (stated by source:test-a)');
    await nothingWritten(['city:test-other', 'source:test-b']);
    expect(await entity('city:test-twice')).toMatchObject({ kind: 'City', name: 'Twice' });
  });

  test('two ids of one kind spelled the same but for case and accents name both ids and files', () => {
    const dir = seedDir({ 'a.json': document('a', [{ id: 'city:test-cair', kind: 'City', name: 'Čair' }]), 'b.json': document('b', [{ id: 'city:test-chair', kind: 'City', name: 'Chair', aliases: ['CAIR'] }]) });
    expect(() => readSeeds(dir)).toThrow(
      'b.json: entity city:test-chair: field name/aliases: "CAIR" is also "Čair" of city:test-cair in a.json; one real thing is one entity: use one id and list the other spelling as an alias',
    );
  });

  test('the same spelling for different kinds is allowed (a city and the meeting named after it)', () => {
    const dir = seedDir({ 'a.json': document('a', [{ id: 'city:test-aarhus', kind: 'City', name: 'Aarhus' }, { id: 'network:test-aarhus', kind: 'Network', name: 'Aarhus' }]) });
    expect(readSeeds(dir)).toHaveLength(1);
  });

  test('a relationship end no file states names the file and the id', () => {
    const dir = seedDir({ 'a.json': document('a', [{ id: 'city:test-lonely', kind: 'City', name: 'Lonely' }], [{ type: 'LOCATED_IN', from: 'city:test-lonely', to: 'country:test-nowhere' }]) });
    expect(() => readSeeds(dir)).toThrow('a.json: relationship #1 (LOCATED_IN city:test-lonely -> country:test-nowhere): field to: no entity with id country:test-nowhere');
  });
});

describe('Seed claims: import order', () => {
  const country = { id: 'country:test-land', kind: 'Country', name: 'Test Land' };
  const city = { id: 'city:test-town', kind: 'City', name: 'Test Town' };
  const locatedIn = { type: 'LOCATED_IN', from: 'city:test-town', to: 'country:test-land' };

  test('a file imports after the file stating what it refers to, whatever their names', async () => {
    const dir = seedDir({ 'a-city.json': document('city', [city], [locatedIn]), 'b-country.json': document('country', [country]), 'c-other.json': document('other', [{ id: 'city:test-other', kind: 'City', name: 'Other' }]) });
    const files = readSeeds(dir);
    expect(files.map((f) => f.path.split('/').pop())).toEqual(['b-country.json', 'a-city.json', 'c-other.json']);
    await importSeeds(db, files);
    const [row] = await runFixture(db, 'test-relationships');
    expect(row.key).toBe('city:test-town LOCATED_IN country:test-land');
  });

  test('a source cited as evidence by another file is imported first', () => {
    const cited = document('cited', []);
    const citing = document('citing', []);
    citing.entities = [{ ...city, evidence: [{ source: 'source:test-cited', statement: 'The cited page names the town.' }] }];
    const files = readSeeds(seedDir({ 'a-citing.json': citing, 'b-cited.json': cited }));
    expect(files.map((f) => f.path.split('/').pop())).toEqual(['b-cited.json', 'a-citing.json']);
  });

  test('files that refer to each other in a cycle are refused, naming the files and the ids', () => {
    const dir = seedDir({
      'a.json': document('a', [city], [{ type: 'LOCATED_IN', from: 'city:test-town', to: 'country:test-land' }]),
      'b.json': document('b', [country, { id: 'city:test-other', kind: 'City', name: 'Other' }], [{ type: 'LOCATED_IN', from: 'city:test-other', to: 'country:test-land' }, { type: 'MEMBER_OF', from: 'city:test-town', to: 'network:test-net' }]),
      'c.json': document('c', [{ id: 'network:test-net', kind: 'Network', name: 'Net' }], [{ type: 'MEMBER_OF', from: 'city:test-town', to: 'network:test-net' }]),
    });
    // a waits for b (country:test-land); b waits for c (network:test-net); c waits for a (city:test-town).
    expect(() => readSeeds(dir)).toThrow(
      'a.json: refers to country:test-land, but the files refer to each other in a cycle: a.json (refers to country:test-land) -> b.json (refers to city:test-town) -> a.json',
    );
  });
});

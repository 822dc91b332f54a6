import { mkdtempSync, readFileSync, readdirSync, writeFileSync, copyFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSeeds, SeedError } from '../../src/seed/readSeeds';
import { checkEvidence } from '../../src/seed/checkEvidence';
import { SEEDS_DIR } from '../../src/seed/seedsDir';

const DOCUMENT = 'scn-western-balkans-workshop-durres.json';
const tempDirs: string[] = [];

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

/** A copy of seeds/ (every file: the reference data names countries that only the cited pages state) with the document changed by `edit`. */
function seedsWith(edit: (doc: Record<string, any>) => void): string {
  const dir = tempDir('scn-seeds-');
  for (const name of readdirSync(SEEDS_DIR).filter((n) => n.endsWith('.json'))) copyFileSync(join(SEEDS_DIR, name), join(dir, name));
  const doc = JSON.parse(readFileSync(join(SEEDS_DIR, DOCUMENT), 'utf8'));
  edit(doc);
  writeFileSync(join(dir, DOCUMENT), JSON.stringify(doc));
  return dir;
}

test('Seed files: the shipped seeds validate: the seed post held as text, 42 pages cited by reference, the reference data last', () => {
  const files = readSeeds(SEEDS_DIR);
  expect(files.map((f) => f.kind)).toEqual([...Array<string>(files.length - 1).fill('document'), 'reference']);
  const documents = files.flatMap((f) => (f.kind === 'document' ? [f.data.source] : []));
  expect(documents.filter((s) => s.file !== undefined).map((s) => s.id)).toEqual(['source:scn-western-balkans-workshop-durres']);
  const cited = documents.filter((s) => s.address !== undefined);
  expect(cited).toHaveLength(42);
  expect(cited.length + 1).toBe(documents.length);
});

test('Seed files: each cited page states every entity it names, so it stands alone and the pages fuse by id', () => {
  for (const file of readSeeds(SEEDS_DIR)) {
    if (file.kind !== 'document' || file.data.source.address === undefined) continue;
    const stated = new Set(file.data.entities.map((e) => e.id));
    const unstated = file.data.relationships.flatMap((r) => [r.from, r.to]).filter((id) => !stated.has(id));
    expect({ file: file.data.source.id, unstated }).toEqual({ file: file.data.source.id, unstated: [] });
  }
});

test('Seed files: a bad date names the file, the entity and the field', () => {
  const dir = seedsWith((doc) => {
    doc.entities.find((e: { id: string }) => e.id === 'meeting:international-steering-committee-aarhus-2017-05').properties.date = 'May 2017';
  });
  expect(() => readSeeds(dir)).toThrow(SeedError);
  expect(() => readSeeds(dir)).toThrow(/scn-western-balkans-workshop-durres\.json: entity meeting:international-steering-committee-aarhus-2017-05: field properties\.date: expected a date/);
});

/** The seeds with the properties of entity `id` changed by `edit`. */
function withProperties(id: string, edit: (properties: Record<string, unknown>) => void): string {
  return seedsWith((doc) => {
    const entity = doc.entities.find((e: { id: string }) => e.id === id);
    entity.properties ??= {};
    edit(entity.properties);
  });
}

const DURRES = 'workshop:western-balkans-durres-2017';
const DURRES_FIELD = /scn-western-balkans-workshop-durres\.json: entity workshop:western-balkans-durres-2017: field properties/;

test('Seed files: properties are checked against their declaration in the model: enum values, minimum, required, unknown', () => {
  expect(() => readSeeds(withProperties(DURRES, (p) => (p.workshopKind = 'HACKATHON')))).toThrow(new RegExp(`${DURRES_FIELD.source}\\.workshopKind: .*IN_COUNTRY_TRAINING`));
  expect(() => readSeeds(withProperties(DURRES, (p) => (p.durationDays = 0)))).toThrow(new RegExp(`${DURRES_FIELD.source}\\.durationDays: .*1`));
  expect(() => readSeeds(withProperties(DURRES, (p) => delete p.status))).toThrow(new RegExp(`${DURRES_FIELD.source}\\.status`));
  expect(() => readSeeds(withProperties(DURRES, (p) => (p.expectedCityCount = { value: 10, qualifier: 'ABOUT' })))).toThrow(new RegExp(`${DURRES_FIELD.source}\\.expectedCityCount\\.qualifier`));
  expect(() => readSeeds(withProperties(DURRES, (p) => (p.isoCode = 'AL')))).toThrow(/field properties: Unrecognized key.*isoCode/);
});

test('Seed files: a property with a pattern in the model is checked against it (organisation types, ISO codes)', () => {
  expect(() => readSeeds(withProperties('partner:isd', (p) => (p.organisationType = 'CHARITY')))).toThrow(/entity partner:isd: field properties\.organisationType/);
  expect(readSeeds(withProperties('partner:isd', (p) => (p.organisationType = 'NGO')))).toHaveLength(readSeeds(SEEDS_DIR).length);
  expect(() => readSeeds(withProperties('workshop:south-asia-2018-01', (p) => (p.status = 'POSTPONED')))).toThrow(/entity workshop:south-asia-2018-01: field properties\.status/);
});

test('Seed files: an entity without evidence is refused', () => {
  const dir = seedsWith((doc) => {
    doc.entities[0].evidence = [];
  });
  expect(() => readSeeds(dir)).toThrow(/entity network:scn: field evidence: every entity needs at least one piece of evidence/);
});

test('Seed files: a relationship between kinds its type does not allow is refused', () => {
  const dir = seedsWith((doc) => {
    doc.relationships.push({ type: 'LOCATED_IN', from: 'partner:icma', to: 'country:albania', evidence: [{ excerpt: 'ICMA' }] });
  });
  expect(() => readSeeds(dir)).toThrow(/relationship #\d+ \(LOCATED_IN partner:icma -> country:albania\): field from: LOCATED_IN cannot start at a Partner/);
});

test('Seed files: a relationship to an unknown id is refused', () => {
  const dir = seedsWith((doc) => {
    doc.relationships.push({ type: 'LOCATED_IN', from: 'city:durres', to: 'country:atlantis', evidence: [{ excerpt: 'Durrës' }] });
  });
  expect(() => readSeeds(dir)).toThrow(/field to: no entity with id country:atlantis/);
});

test('Seed files: check-evidence names each excerpt that is not verbatim in its source', () => {
  const sources = tempDir('scn-sources-');
  writeFileSync(join(sources, 'scn-western-balkans-workshop-durres.txt'), 'Hosted by SCN partners, the International City/County Management Association (ICMA)');
  const { checked, problems } = checkEvidence(readSeeds(SEEDS_DIR), sources);
  expect(checked).toBeGreaterThan(60);
  expect(problems.length).toBeGreaterThan(0);
  expect(problems.length).toBeLessThan(checked);
  expect(problems.find((p) => p.subject === 'entity partner:icma')).toBeUndefined();
  expect(problems.find((p) => p.subject === 'entity city:durres')).toMatchObject({ excerpt: 'Regional Practitioners’ Workshop in Durrës, Albania', problem: expect.stringContaining('not a verbatim substring') });
});

/** A seed file of a source cited by reference (`source` edits its source), in a copy of seeds/. */
function seedsWithCited(edit: (source: Record<string, unknown>) => void = () => {}, evidence: Record<string, unknown>[] = [{ statement: 'The page names the network.', locator: 'First heading' }]): string {
  const dir = seedsWith(() => {});
  const source: Record<string, unknown> = { id: 'source:cited-page', name: 'A cited page', documentType: 'web page', address: 'https://example.org/page', title: 'A page', publisher: 'Example', date: '2016-05', consultedDate: '2026-11-26' };
  edit(source);
  writeFileSync(join(dir, 'cited-page.json'), JSON.stringify({ source, entities: [{ id: 'network:cited', kind: 'Network', name: 'Cited network', evidence }], relationships: [] }));
  return dir;
}

test('Seed files: a source is held as text (file) or cited by reference (address, title, publisher)', () => {
  // Every shipped document, the cited page, then the reference data.
  const shippedDocuments = readSeeds(SEEDS_DIR).filter((f) => f.kind === 'document').length;
  expect(readSeeds(seedsWithCited()).map((f) => f.kind)).toEqual([...Array<string>(shippedDocuments + 1).fill('document'), 'reference']);
  expect(() => readSeeds(seedsWithCited((s) => delete s.address))).toThrow(/cited-page\.json: field source\.address: a source without a file is cited by reference and needs address/);
  expect(() => readSeeds(seedsWithCited((s) => delete s.title))).toThrow(/field source\.title: .*needs title/);
  expect(() => readSeeds(seedsWithCited((s) => delete s.publisher))).toThrow(/field source\.publisher: .*needs publisher/);
  expect(() => readSeeds(seedsWithCited((s) => (s.file = 'page.txt')))).toThrow(/field source\.file: a source is held as text \(file\) or cited by reference/);
  expect(() => readSeeds(seedsWithCited((s) => (s.address = 'example.org/page')))).toThrow(/field source\.address: expected an http\(s\) address/);
  expect(() => readSeeds(seedsWithCited((s) => (s.consultedDate = '2026-11')))).toThrow(/field source\.consultedDate/);
});

test('Seed files: a piece of evidence is an excerpt or a citation, not both, and a citation states its claim', () => {
  expect(() => readSeeds(seedsWithCited(undefined, [{ statement: 'Both.', excerpt: 'Both' }]))).toThrow(/entity network:cited: field evidence\.0: expected an excerpt \{source\?, excerpt\} or a citation/);
  expect(() => readSeeds(seedsWithCited(undefined, [{ statement: '  ' }]))).toThrow(/entity network:cited: field evidence\.0/);
  expect(() => readSeeds(seedsWithCited(undefined, [{ locator: 'First heading' }]))).toThrow(/entity network:cited: field evidence\.0/);
});

/** check-evidence over the shipped seeds plus the cited page, with the seed post's text as its source text. */
function checkWithCited(edit: (files: ReturnType<typeof readSeeds>) => void, evidence?: Record<string, unknown>[]) {
  const sources = tempDir('scn-sources-');
  writeFileSync(join(sources, 'scn-western-balkans-workshop-durres.txt'), 'the Strong Cities Network');
  const files = readSeeds(seedsWithCited(undefined, evidence));
  edit(files);
  return checkEvidence(files, sources).problems.filter((p) => p.seedFile === 'cited-page.json');
}

test('Seed files: check-evidence accepts a citation of a source cited by reference, and an excerpt of a held source beside it', () => {
  expect(checkWithCited(() => {}, [{ statement: 'The page names the network.' }, { source: 'source:scn-western-balkans-workshop-durres', excerpt: 'Strong Cities Network' }])).toEqual([]);
});

test('Seed files: check-evidence refuses a citation whose source has no address, title or publisher', () => {
  const strip = (files: ReturnType<typeof readSeeds>) => {
    const cited = files.find((f) => f.kind === 'document' && f.data.source.id === 'source:cited-page');
    if (cited?.kind === 'document') cited.data.source = { ...cited.data.source, address: undefined, title: '', publisher: undefined };
  };
  expect(checkWithCited(strip)).toEqual([
    { seedFile: 'cited-page.json', subject: 'entity network:cited', excerpt: 'The page names the network.', problem: 'cited source source:cited-page has no address, title, publisher' },
  ]);
});

test('Seed files: check-evidence refuses a citation of a source held as text, and one of an unknown source', () => {
  expect(checkWithCited(() => {}, [{ source: 'source:scn-western-balkans-workshop-durres', statement: 'The post names the network.' }])).toEqual([
    expect.objectContaining({ subject: 'entity network:cited', problem: 'cited source source:scn-western-balkans-workshop-durres has no address, title' }),
  ]);
  expect(checkWithCited(() => {}, [{ source: 'source:nowhere', statement: 'Stated nowhere.' }])).toEqual([expect.objectContaining({ problem: 'no source with id source:nowhere' })]);
});

test('Seed files: check-evidence refuses a citation with an empty statement', () => {
  const blank = (files: ReturnType<typeof readSeeds>) => {
    const cited = files.find((f) => f.kind === 'document' && f.data.source.id === 'source:cited-page');
    if (cited?.kind === 'document') cited.data.entities[0].evidence = [{ statement: ' ' }];
  };
  expect(checkWithCited(blank)).toEqual([expect.objectContaining({ subject: 'entity network:cited', problem: 'a citation needs a statement of the claim' })]);
});

test('Seed files: check-evidence refuses an excerpt of a source cited by reference (its text is not held)', () => {
  expect(checkWithCited(() => {}, [{ excerpt: 'words from the page' }])).toEqual([
    expect.objectContaining({ subject: 'entity network:cited', excerpt: 'words from the page', problem: 'source source:cited-page is not held as text (no file): an excerpt needs a source text' }),
  ]);
});

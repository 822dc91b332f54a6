import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gql, GraphQLClient } from 'graphql-request';
import { startTestService, TestService } from '../support/testService';
import { clientWithKey, createTestKey } from '../support/apiKeys';
import { deleteCurationTestData, graphqlError } from '../support/curation';
import { graphState } from '../support/hostileGraph';

const EDITOR = 'writes test editor';
const TEXT = 'The Testtown workshop on prevention was held in Testtown in May 2019. Testtown lies in Albania.';
const CITED = 'source:writes-test-cited';
const HELD = 'source:writes-test-held';
const CITY = 'city:testtown';
const TWIN = 'city:testtown-twin';
const WORKSHOP = 'workshop:writes-test-workshop';
const IDS = [CITED, HELD, CITY, TWIN, WORKSHOP];

const WRITE = gql`
  fragment Written on WriteResult { changeId changed entity { id name ... on Workshop { date { iso } status } } }
`;

describe('Curation: writes with evidence', () => {
  let svc: TestService;
  let editor: GraphQLClient;
  let seeded: { checksum: string };

  beforeAll(async () => {
    const texts = mkdtempSync(join(tmpdir(), 'scn-writes-'));
    writeFileSync(join(texts, 'writes-test.txt'), TEXT);
    svc = await startTestService({ sourceTextsDir: texts });
    seeded = await graphState(svc.db);
    editor = clientWithKey(svc.service.url, await createTestKey(svc.db, 'editor', EDITOR));
  });
  afterAll(async () => {
    await deleteCurationTestData(svc.db, IDS, [EDITOR]);
    expect((await graphState(svc.db)).checksum).toBe(seeded.checksum);
    await svc.stop();
  });

  const write = (document: string, variables: Record<string, unknown>) => editor.request<Record<string, { changeId: string | null; changed: string[]; entity: { id: string; name: string; date?: { iso: string }; status?: string } | null }>>(`${document}\n${WRITE}`, variables);

  it('Writes: sources, an entity, a relationship and evidence, each recorded as a change and shown by the API', async () => {
    const sources = await write(
      `mutation($cited: CreateSourceInput!, $held: CreateSourceInput!) {
        a: createSource(input: $cited) { ...Written } b: createSource(input: $held) { ...Written } }`,
      {
        cited: { id: CITED, name: 'Writes test page', documentType: 'web page', address: 'https://example.org/testtown', title: 'Testtown page', publisher: 'Example publisher', date: '2019-06' },
        held: { id: HELD, name: 'Writes test text', documentType: 'news post', file: 'writes-test.txt' },
      },
    );
    expect(sources.a.changed).toEqual([CITED]);
    expect(sources.b.entity?.name).toBe('Writes test text');

    const created = await write(
      `mutation($input: CreateEntityInput!) { createEntity(input: $input) { ...Written } }`,
      { input: { id: WORKSHOP, kind: 'Workshop', name: 'Testtown workshop', properties: { date: '2019-05', status: 'HELD', workshopKind: 'IN_COUNTRY_TRAINING' }, source: HELD, evidence: [{ excerpt: 'The Testtown workshop on prevention was held in Testtown in May 2019.' }] } },
    );
    expect(created.createEntity.entity).toEqual({ id: WORKSHOP, name: 'Testtown workshop', date: { iso: '2019-05' }, status: 'HELD' });
    expect(created.createEntity.changeId).toEqual(expect.any(String));

    // A second source disagrees on the date: both claims stay, the more precise agreeing one is shown.
    const updated = await write(
      `mutation($input: UpdateEntityInput!) { updateEntity(input: $input) { ...Written } }`,
      { input: { id: WORKSHOP, properties: { date: '2019-05-14' }, source: CITED, evidence: [{ statement: 'The page dates the Testtown workshop to 14 May 2019.', locator: 'first paragraph' }] } },
    );
    expect(updated.updateEntity.entity?.date).toEqual({ iso: '2019-05-14' });
    const claims = await editor.request<{ claims: { properties: { property: string; claims: { value: string }[] }[] } }>(
      `{ claims(id: "${WORKSHOP}") { properties { property claims { value } } } }`,
    );
    expect(claims.claims.properties.find((p) => p.property === 'date')?.claims.map((c) => c.value).sort()).toEqual(['2019-05', '2019-05-14']);

    // Stating the same again changes nothing and records nothing.
    const again = await write(`mutation($input: UpdateEntityInput!) { updateEntity(input: $input) { ...Written } }`, { input: { id: WORKSHOP, properties: { date: '2019-05-14' }, source: CITED, evidence: [{ statement: 'The page dates the Testtown workshop to 14 May 2019.', locator: 'first paragraph' }] } });
    expect(again.updateEntity).toMatchObject({ changeId: null, changed: [] });

    await write(`mutation($input: CreateEntityInput!) { createEntity(input: $input) { ...Written } }`, { input: { id: CITY, kind: 'City', name: 'Testtown', source: HELD, evidence: [{ excerpt: 'Testtown lies in Albania.' }] } });
    const linked = await write(`mutation($input: LinkInput!) { link(input: $input) { ...Written } }`, { input: { type: 'LOCATED_IN', from: CITY, to: 'country:albania', source: HELD, evidence: [{ excerpt: 'Testtown lies in Albania.' }] } });
    expect(linked.link.changed).toEqual([`${CITY} LOCATED_IN country:albania`]);
    const held = await write(`mutation($input: LinkInput!) { link(input: $input) { ...Written } }`, { input: { type: 'HELD_IN', from: WORKSHOP, to: CITY, source: HELD, evidence: [{ excerpt: 'was held in Testtown' }] } });
    expect(held.link.changeId).toEqual(expect.any(String));

    const read = await editor.request<{ node: { country: { name: string }; relationships: { type: string; evidence: { excerpt: string | null }[] }[] } }>(
      `{ node(id: "${CITY}") { ... on City { country { name } } relationships { type evidence { excerpt } } } }`,
    );
    expect(read.node.country.name).toBe('Albania');
    expect(read.node.relationships.find((r) => r.type === 'LOCATED_IN')?.evidence).toEqual([{ excerpt: 'Testtown lies in Albania.' }]);
    const found = await editor.request<{ search: { entity: { id: string } }[] }>(`{ search(text: "testtown") { entity { id } } }`);
    expect(found.search.map((h) => h.entity.id)).toEqual(expect.arrayContaining([CITY, WORKSHOP]));

    // Evidence added and retracted; the history records who did it.
    await write(`mutation($input: AddEvidenceInput!) { addEvidence(input: $input) { ...Written } }`, { input: { subject: { id: CITY }, evidence: [{ source: CITED, statement: 'The page names Testtown.' }] } });
    const retracted = await write(`mutation($input: RetractEvidenceInput!) { retractEvidence(input: $input) { ...Written } }`, { input: { subject: { id: CITY }, source: CITED, statement: 'The page names Testtown.' } });
    expect(retracted.retractEvidence.changed).toEqual([CITY]);
    const history = await editor.request<{ history: { operation: string; by: string }[] }>(`{ history(id: "${CITY}") { operation by } }`);
    expect(history.history.map((h) => h.operation)).toEqual(['retractEvidence', 'addEvidence', 'link', 'link', 'createEntity']);
    expect(new Set(history.history.map((h) => h.by))).toEqual(new Set([EDITOR]));
  });

  it('Writes: refusals name the argument and change nothing', async () => {
    const before = await graphState(svc.db);
    const refusals: [string, Record<string, unknown>, string, string][] = [
      ['mutation($input: CreateEntityInput!) { createEntity(input: $input) { changeId } }', { input: { id: 'City Bad', kind: 'City', name: 'X', source: HELD, evidence: [{ excerpt: 'Testtown' }] } }, 'BAD_USER_INPUT', 'input.id'],
      ['mutation($input: CreateEntityInput!) { createEntity(input: $input) { changeId } }', { input: { id: 'city:nowhere-x', kind: 'City', name: 'Nowhere', source: HELD, evidence: [] } }, 'BAD_USER_INPUT', 'input.evidence'],
      ['mutation($input: CreateEntityInput!) { createEntity(input: $input) { changeId } }', { input: { id: 'city:nowhere-x', kind: 'City', name: 'Nowhere', source: HELD, evidence: [{ excerpt: 'Nowhere lies in Albania.' }] } }, 'BAD_USER_INPUT', 'input.evidence[0].excerpt'],
      ['mutation($input: CreateEntityInput!) { createEntity(input: $input) { changeId } }', { input: { id: 'workshop:bad-date-x', kind: 'Workshop', name: 'Bad date', properties: { date: '2019-13', status: 'HELD', workshopKind: 'IN_COUNTRY_TRAINING' }, source: CITED, evidence: [{ statement: 'x' }] } }, 'BAD_USER_INPUT', 'input.properties.date'],
      ['mutation($input: CreateEntityInput!) { createEntity(input: $input) { changeId } }', { input: { id: CITY, kind: 'City', name: 'Testtown again', source: CITED, evidence: [{ statement: 'x' }] } }, 'CONFLICT', CITY],
      ['mutation($input: LinkInput!) { link(input: $input) { changeId } }', { input: { type: 'LOCATED_IN', from: WORKSHOP, to: 'country:albania', source: CITED, evidence: [{ statement: 'x' }] } }, 'BAD_USER_INPUT', 'input.from'],
      ['mutation($input: LinkInput!) { link(input: $input) { changeId } }', { input: { type: 'NOT_A_TYPE', from: CITY, to: 'country:albania', source: CITED, evidence: [{ statement: 'x' }] } }, 'BAD_USER_INPUT', 'input.type'],
      ['mutation { deleteEntity(id: "city:testtown") { changeId } }', {}, 'CONFLICT', 'relationships'],
      ['mutation { mergeEntities(survivorId: "city:testtown", mergedId: "country:albania") { changeId } }', {}, 'BAD_USER_INPUT', 'mergedId'],
      ['mutation($input: RetractEvidenceInput!) { retractEvidence(input: $input) { changeId } }', { input: { subject: { relationship: { type: 'LOCATED_IN', from: CITY, to: 'country:albania' } }, source: HELD, excerpt: 'Testtown lies in Albania.' } }, 'CONFLICT', 'last piece'],
    ];
    for (const [document, variables, code, named] of refusals) {
      const error = await graphqlError(editor.request(document, variables));
      expect({ code: error.code, names: error.message.includes(named) }).toEqual({ code, names: true });
    }
    expect(await graphState(svc.db)).toEqual(before);
  });

  it('Writes: merging two entities moves relationships, evidence and spellings, and the old id resolves to the survivor', async () => {
    await write(`mutation($input: CreateEntityInput!) { createEntity(input: $input) { ...Written } }`, { input: { id: TWIN, kind: 'City', name: 'Test Town', source: CITED, evidence: [{ statement: 'The page spells it Test Town.' }] } });
    await write(`mutation($input: LinkInput!) { link(input: $input) { ...Written } }`, { input: { type: 'LOCATED_IN', from: TWIN, to: 'country:albania', source: CITED, evidence: [{ statement: 'The page places Test Town in Albania.' }] } });
    const merged = await write(`mutation { mergeEntities(survivorId: "${CITY}", mergedId: "${TWIN}") { ...Written } }`, {});
    expect(merged.mergeEntities.entity?.id).toBe(CITY);
    const read = await editor.request<{ node: { id: string; aliases: string[]; relationships: { type: string; evidence: { excerpt: string | null; statement: string | null }[] }[] } }>(
      `{ node(id: "${TWIN}") { id aliases relationships(types: ["LOCATED_IN"]) { type evidence { excerpt statement } } } }`,
    );
    expect(read.node.id).toBe(CITY);
    expect(read.node.aliases).toContain('Test Town');
    expect(read.node.relationships[0].evidence).toEqual(expect.arrayContaining([{ excerpt: 'Testtown lies in Albania.', statement: null }, { excerpt: null, statement: 'The page places Test Town in Albania.' }]));

    const deleted = await write(`mutation { deleteEntity(id: "${WORKSHOP}", detach: true) { ...Written } }`, {});
    expect(deleted.deleteEntity.changed.sort()).toEqual([WORKSHOP, `${WORKSHOP} HELD_IN ${CITY}`].sort());
    expect((await editor.request<{ node: null }>(`{ node(id: "${WORKSHOP}") { id } }`)).node).toBeNull();
  });
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GraphQLError } from 'graphql';
import { Database } from '../../src/database/database';
import { SourceTexts } from '../../src/curation/sourceTexts';
import { EvidenceToVerify, verifyEvidence } from '../../src/curation/verifyEvidence';
import { openTestDatabase } from '../support/testDatabase';
import { runFixture } from '../support/cypherFixture';

const HELD = 'source:scn-western-balkans-workshop-durres';
const CITED = 'source:isd-undated-can-cities-stop-wars-western-balkans';
const TEXT = 'The workshop brought together city practitioners from across the Western Balkans.';

let db: Database;
let dir: string;

beforeAll(async () => {
  db = openTestDatabase();
  dir = mkdtempSync(join(tmpdir(), 'scn-source-texts-'));
  writeFileSync(join(dir, 'scn-western-balkans-workshop-durres.txt'), TEXT);
  await runFixture(db, 'create-unpublished-test-source');
});

afterAll(async () => {
  await runFixture(db, 'delete-test-entities');
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The error verifyEvidence gives for these pieces (as code, argument, message), or null when they hold. */
async function verdict(pieces: EvidenceToVerify[], texts = new SourceTexts(dir)) {
  try {
    await db.writeTransaction((tx) => verifyEvidence(tx, pieces, texts));
    return null;
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    return { code: error.extensions.code, argument: error.extensions.argument, message: error.message };
  }
}

const piece = (evidence: Partial<EvidenceToVerify>): EvidenceToVerify => ({ path: 'input.evidence[1]', source: HELD, ...evidence });

test('Evidence rules: a verbatim excerpt and a citation of a source with address, title and publisher hold', async () => {
  expect(await verdict([piece({ excerpt: 'city practitioners from across the Western Balkans' }), piece({ source: CITED, statement: 'Cities of the Western Balkans met.' })])).toBeNull();
});

test('Evidence rules: each broken piece is refused naming its argument path and why', async () => {
  const results = await Promise.all([
    verdict([piece({ excerpt: 'city practitioners from all over the Balkans' })]),
    verdict([piece({ source: 'source:test-not-there', excerpt: 'anything' })]),
    verdict([piece({ source: CITED, excerpt: 'Can cities stop wars?' })]),
    verdict([piece({ excerpt: 'city practitioners' })], new SourceTexts(join(dir, 'missing'))),
    verdict([piece({ source: 'source:test-no-publisher', statement: 'A test page states this.' })]),
    verdict([piece({ excerpt: 'city practitioners', statement: 'both' })]),
  ]);
  expect(results).toEqual([
    { code: 'BAD_USER_INPUT', argument: 'input.evidence[1].excerpt', message: expect.stringContaining('not a verbatim substring of scn-western-balkans-workshop-durres.txt') },
    { code: 'BAD_USER_INPUT', argument: 'input.evidence[1].source', message: expect.stringContaining('names no Source in the graph: source:test-not-there') },
    { code: 'BAD_USER_INPUT', argument: 'input.evidence[1].excerpt', message: expect.stringContaining('is not held as text') },
    { code: 'BAD_USER_INPUT', argument: 'input.evidence[1].excerpt', message: expect.stringContaining('cannot be checked') },
    { code: 'BAD_USER_INPUT', argument: 'input.evidence[1].statement', message: expect.stringContaining('has no publisher') },
    { code: 'BAD_USER_INPUT', argument: 'input.evidence[1]', message: expect.stringContaining('exactly one of excerpt or statement') },
  ]);
});

test('Evidence rules: a source text is read once and then served from the cache', async () => {
  const texts = new SourceTexts(dir);
  expect(await verdict([piece({ excerpt: 'city practitioners' })], texts)).toBeNull();
  writeFileSync(join(dir, 'scn-western-balkans-workshop-durres.txt'), 'replaced');
  try {
    expect(await verdict([piece({ excerpt: 'city practitioners' })], texts)).toBeNull();
    expect(await verdict([piece({ excerpt: 'city practitioners' })])).toMatchObject({ argument: 'input.evidence[1].excerpt' });
  } finally {
    writeFileSync(join(dir, 'scn-western-balkans-workshop-durres.txt'), TEXT);
  }
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Database } from '../src/database/database';
import { Answer, postGraphql } from './harness/load';

/** The seeded source, cited by reference, that chaos writes cite as their evidence. */
const SOURCE = 'source:isd-undated-can-cities-stop-wars-western-balkans';
/** The organisation chaos people hold their roles in: created before the run, so that no seeded answer changes. */
export const CHAOS_PARTNER = 'partner:chaos-desk';
/** Error codes after which a write is known not to be in the graph. */
const NOT_WRITTEN = ['DATABASE_UNAVAILABLE', 'DATABASE_TIMEOUT', 'DATABASE_BUSY'];
/** The code of a write whose commit answer was lost. */
const OUTCOME_UNKNOWN = 'WRITE_OUTCOME_UNKNOWN';
/** Pause before sending again a write whose outcome is unknown. */
const RETRY_PAUSE_MS = 300;

type Operation = 'createEntity' | 'updateEntity' | 'link';

const MUTATIONS: Record<Operation, string> = {
  createEntity: 'mutation($input: CreateEntityInput!) { createEntity(input: $input) { changeId changed } }',
  updateEntity: 'mutation($input: UpdateEntityInput!) { updateEntity(input: $input) { changeId changed } }',
  link: 'mutation($input: LinkInput!) { link(input: $input) { changeId changed } }',
};

/** One write a curator makes, as a client saw it through to a definite answer. */
export interface ChaosWrite {
  operation: Operation;
  /** The person it creates, updates or links. */
  subject: string;
  /** Text found only in what this write stores (a description, a role): its Change's `after` holds it. */
  token: string;
  /** What the person's description becomes when this write is done (creates and updates). */
  description: string | null;
  /** done: answered with data (or, sent again after an unknown outcome, "already exists"); failed: answered with an error that means nothing was written. */
  outcome: 'done' | 'failed';
  /** Its first answer said the outcome was unknown (WRITE_OUTCOME_UNKNOWN, or no answer): it was sent again with the same Idempotency-Key. */
  wasUnknown: boolean;
  /** Never got a definite answer: the run stopped first. */
  unresolved: boolean;
  /** Answers that were neither data, nor a DATABASE_* error, nor an unknown outcome (codes). */
  unexpected: string[];
}

/** The write clients' shared settings. */
export interface WriterSettings {
  base: string;
  key: string;
  runId: string;
  /** Client-side limit of one request (beyond the service's deadline). */
  timeoutMs: number;
  /** Every answer is told here (to tally it with the reads). */
  onAnswer: (answer: Answer) => void;
  /** How long a write whose outcome is unknown is sent again before it counts as unresolved. */
  resolveLimitMs: number;
}

/** Creates the chaos organisation (before the baseline reads, which never show it). */
export async function createChaosPartner(settings: WriterSettings): Promise<void> {
  const answer = await send(settings, 'createEntity', `${settings.runId}-partner`, {
    id: CHAOS_PARTNER,
    kind: 'Partner',
    name: 'Chaos Desk',
    ...evidenceFor(),
  });
  if (answer.status !== 200 || answer.codes.length > 0) throw new Error(`could not create ${CHAOS_PARTNER}: ${answer.status} ${answer.codes.join(',')}`);
}

/**
 * One writing client: in turn creates a person (a new id each time), links its last person to the chaos desk
 * with a role, and updates its last person's description; each write carries its own Idempotency-Key, and one
 * whose outcome is unknown is sent again with that key until it gets a definite answer.
 */
export async function writeTurn(settings: WriterSettings, client: number, turn: number, writes: ChaosWrite[]): Promise<ChaosWrite> {
  const mine = writes.filter((w) => w.subject.startsWith(personPrefix(settings, client)));
  const lastPerson = [...mine].reverse().find((w) => w.operation === 'createEntity' && w.outcome === 'done')?.subject;
  const token = `[chaos ${settings.runId} c${client} w${turn}]`;
  const operation: Operation = !lastPerson || turn % 3 === 0 ? 'createEntity' : turn % 3 === 1 ? 'link' : 'updateEntity';
  const subject = operation === 'createEntity' ? `${personPrefix(settings, client)}${turn}` : lastPerson!;
  const description = operation === 'link' ? null : `A person the chaos run writes ${token}.`;
  const input =
    operation === 'createEntity'
      ? { id: subject, kind: 'Person', name: `Chaos Person ${client} ${turn}`, description, ...evidenceFor() }
      : operation === 'updateEntity'
        ? { id: subject, description, ...evidenceFor() }
        : { type: 'HOLDS_ROLE', from: subject, to: CHAOS_PARTNER, properties: { role: `Role ${token}` }, ...evidenceFor() };
  const write: ChaosWrite = { operation, subject, token, description, outcome: 'failed', wasUnknown: false, unresolved: false, unexpected: [] };
  const idempotencyKey = `chaos-${settings.runId}-${client}-${turn}`;
  const started = Date.now();
  for (;;) {
    const answer = await send(settings, operation, idempotencyKey, input);
    const codes = answer.codes;
    if (answer.status === 200 && codes.length === 0) {
      write.outcome = 'done';
      break;
    }
    // Sent again after an unknown outcome, a create finds its own person: the first attempt landed (until the
    // server keeps Idempotency-Key answers, which would answer it as the first time).
    if (write.wasUnknown && operation === 'createEntity' && codes.length === 1 && codes[0] === 'CONFLICT') {
      write.outcome = 'done';
      break;
    }
    const notWritten = codes.length > 0 && codes.every((c) => NOT_WRITTEN.includes(c)) && [503, 504].includes(answer.status);
    if (notWritten && !write.wasUnknown) break;
    if (!notWritten && answer.status !== 0 && !codes.includes(OUTCOME_UNKNOWN)) write.unexpected.push(`${answer.status} ${codes.join('+')}`);
    // Unknown (or an error that says nothing about an earlier attempt): send it again, same key.
    write.wasUnknown = true;
    if (Date.now() - started > settings.resolveLimitMs) {
      write.unresolved = true;
      break;
    }
    await sleep(RETRY_PAUSE_MS);
  }
  writes.push(write);
  return write;
}

function personPrefix(settings: WriterSettings, client: number): string {
  return `person:chaos-${settings.runId}-c${client}-w`;
}

/** The same piece for every write (evidence accumulates, so a token there would show in later writes' Changes too). */
function evidenceFor(): { source: string; evidence: { statement: string; locator: string }[] } {
  return { source: SOURCE, evidence: [{ statement: 'The chaos run states this.', locator: 'chaos run' }] };
}

async function send(settings: WriterSettings, operation: Operation, idempotencyKey: string, input: Record<string, unknown>): Promise<Answer> {
  const answer = await postGraphql(settings.base, `write ${operation}`, { query: MUTATIONS[operation], variables: { input } }, {
    headers: { authorization: `Bearer ${settings.key}`, 'idempotency-key': idempotencyKey },
    timeoutMs: settings.timeoutMs,
  });
  settings.onAnswer(answer);
  return answer;
}

/** What the checks found wrong with the writes; every list empty when all held. */
export interface WriteFindings {
  /** Reported done, but not in the graph (by the checker's driver, or through the API). */
  lost: string[];
  /** Reported failed, but in the graph. */
  phantom: string[];
  /** In the graph more than once (two Change nodes for one write). */
  duplicated: string[];
  /** A person's description through the API is not what its last done write left. */
  wrongState: string[];
}

/**
 * Checks every write against the graph after recovery, twice: through the checker's own driver (the Change node
 * holding the write's token, and for a create the entity) and through the API (`history` and `node`).
 */
export async function checkWrites(db: Database, settings: Pick<WriterSettings, 'base' | 'timeoutMs'>, writes: ChaosWrite[]): Promise<WriteFindings> {
  const findings: WriteFindings = { lost: [], phantom: [], duplicated: [], wrongState: [] };
  const judge = (write: ChaosWrite, changes: number, exists: boolean | null, via: string) => {
    const name = `${write.operation} ${write.token} (${via})`;
    const present = changes > 0 && exists !== false;
    if (write.outcome === 'done' && !present) findings.lost.push(name);
    if (write.outcome === 'failed' && (changes > 0 || exists === true)) findings.phantom.push(name);
    if (changes > 1) findings.duplicated.push(name);
  };
  const checked = writes.filter((w) => !w.unresolved);
  const statement = readFileSync(join(__dirname, 'cypher', 'chaos-writes-found.cypher'), 'utf8');
  const rows = await db.autoCommit(statement, { writes: checked.map((w) => ({ token: w.token, operation: w.operation, subject: w.subject })) });
  const found = new Map(rows.map((r) => [String(r.token), r as { changes: number; exists: boolean }]));
  for (const write of checked) {
    const row = found.get(write.token)!;
    judge(write, Number(row.changes), write.operation === 'createEntity' ? Boolean(row.exists) : null, 'driver');
  }

  // Through the API: each person's history (every write to it, links included) and its description.
  const people = [...new Set(writes.filter((w) => w.operation === 'createEntity').map((w) => w.subject))];
  const query = `query($id: ID!) { history(id: $id, first: 200) { operation after } node(id: $id) { id description } }`;
  for (const id of people) {
    const answer = await postGraphql(settings.base, 'check', { query, variables: { id } }, { timeoutMs: settings.timeoutMs });
    const data = answer.body?.data as { history: { operation: string; after: unknown }[]; node: { description: string | null } | null } | undefined;
    if (!data || answer.codes.length) throw new Error(`the API did not answer the check of ${id}: ${answer.status} ${answer.codes.join(',')}`);
    const own = checked.filter((w) => w.subject === id);
    for (const write of own) {
      const changes = data.history.filter((c) => c.operation === write.operation && JSON.stringify(c.after).includes(write.token)).length;
      judge(write, changes, write.operation === 'createEntity' ? data.node !== null : null, 'API');
    }
    const last = [...own].reverse().find((w) => w.outcome === 'done' && w.description !== null);
    if (data.node && last && data.node.description !== last.description) findings.wrongState.push(`${id}: "${data.node.description}" instead of "${last.description}"`);
  }
  return findings;
}

import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Neo4jError, Session, Transaction as DriverTransaction } from 'neo4j-driver';
import { beforeDeadline, DeadlineExceededError, timeLeft } from './deadline';

/** Raised when a write's commit was sent and its answer lost (Neo4j died or stalled meanwhile), and nobody could find out whether it landed. */
export class WriteOutcomeUnknownError extends Error {
  constructor(override readonly cause: unknown) {
    super('the commit of a write was sent and its answer lost: the write may or may not be in the graph');
  }
}

/** What writeOnce needs of the Database: new write sessions, a transaction's settings, and a look at the server's open transactions. */
export interface WriteSessions {
  session(): Session;
  /** The settings of an attempt's transaction; `metadata` tags it with the write's id (see `inProgress`). */
  txConfig(metadata: Record<string, string>): Parameters<Session['beginTransaction']>[0];
  /** Whether a transaction tagged with this write id is still open on the server (SHOW TRANSACTIONS). */
  inProgress(writeId: string): Promise<boolean>;
  /** Told of an attempt's session once its commit has landed (before the session closes). */
  landed?(session: Session): void;
}

export interface WriteOnceOptions {
  /**
   * Asked when a commit's answer was lost and Neo4j answers again: did the last attempt commit? (It reads, on the
   * server that takes writes, the mark the attempt left: writeChange's Change node.) Without it such a write fails
   * with WriteOutcomeUnknownError.
   */
  committed?: () => Promise<boolean>;
}

/** How often a write is tried when Neo4j says, before any commit was sent, that the failure is transient. */
const WRITE_ATTEMPTS = 4;
/** First pause between attempts (then doubled, ±20 %): a leader switch or a deadlock passes within it. */
const FIRST_RETRY_DELAY_MS = 100;
/** Without a request deadline (CLIs, start-up), how long a lost commit's outcome is looked for. */
const FIND_OUT_LIMIT_MS = 30_000;
/** Between two looks at a Neo4j that does not answer yet. */
const FIND_OUT_PAUSE_MS = 250;

/** The write's state, shared by its attempts and the deadline that may answer for it. */
interface WriteState {
  /** The request was answered with an error: no attempt may start, and none may send its commit. */
  abandoned: boolean;
  /** A commit was sent and its outcome is not known yet. */
  committing: boolean;
  /** Set when a commit is known to have landed. */
  committed?: { result: unknown };
}

class AbandonedWrite extends Error {
  constructor() {
    super('the write was abandoned: its request was answered with an error before it committed');
  }
}

/**
 * Runs `work` in a write transaction so that its outcome is never misreported (the driver's managed transactions
 * retry after a lost commit, and go on retrying after a request has been answered):
 * - attempts are retried only while no commit of an earlier one can have landed (the failure came before the
 *   commit was sent, or Neo4j answered the commit with a failure), so a write never runs twice;
 * - when the request's deadline passes, the write is abandoned: no attempt starts, none sends its commit after
 *   that (the flag is checked before each attempt and just before the commit), and the deadline error
 *   (DATABASE_TIMEOUT) truly means "nothing written" — unless the commit was already sent, then the outcome is
 *   unknown (WriteOutcomeUnknownError);
 * - when the commit's answer is lost (the connection broke), the write waits, within the deadline, for Neo4j to
 *   answer again, for no transaction tagged with its id to be open any more, and asks `committed`: done, or known
 *   not written (and tried again). Otherwise it fails with WriteOutcomeUnknownError.
 * Every other error means nothing was written.
 */
export async function writeOnce<T>(sessions: WriteSessions, work: (tx: DriverTransaction) => Promise<T>, options: WriteOnceOptions = {}): Promise<T> {
  const state: WriteState = { abandoned: false, committing: false };
  const attempts = attempt(sessions, work, options, state, randomUUID());
  const ms = timeLeft();
  if (ms === undefined) return attempts;
  try {
    return await beforeDeadline(attempts, ms);
  } catch (error) {
    if (!(error instanceof DeadlineExceededError)) throw error;
    // Decided in one step, so that no commit can be sent between the look and the flag.
    if (state.committed) return state.committed.result as T;
    state.abandoned = true;
    if (state.committing) throw new WriteOutcomeUnknownError(error);
    throw error;
  }
}

async function attempt<T>(sessions: WriteSessions, work: (tx: DriverTransaction) => Promise<T>, options: WriteOnceOptions, state: WriteState, writeId: string): Promise<T> {
  for (let n = 1; ; n += 1) {
    if (state.abandoned) throw new AbandonedWrite();
    const session = sessions.session();
    try {
      const tx = session.beginTransaction(sessions.txConfig({ scnWriteId: writeId }));
      let result: T;
      try {
        result = await work(tx);
      } catch (error) {
        await beforeDeadline(tx.rollback()).catch(() => undefined);
        throw error;
      }
      if (state.abandoned) {
        void tx.rollback().catch(() => undefined);
        throw new AbandonedWrite();
      }
      state.committing = true;
      try {
        await tx.commit();
      } catch (error) {
        if (answeredByServer(error)) {
          state.committing = false;
          throw error;
        }
        const landed = await findOut(sessions, options, state, writeId);
        if (landed === undefined) throw new WriteOutcomeUnknownError(error);
        state.committing = false;
        if (!landed) throw new LostCommitNotLanded(error);
      }
      state.committed = { result };
      sessions.landed?.(session);
      await beforeDeadline(session.close()).catch(() => undefined);
      return result;
    } catch (error) {
      void session.close().catch(() => undefined);
      const cause = error instanceof LostCommitNotLanded ? error.cause : error;
      const again = (error instanceof LostCommitNotLanded || (error instanceof Neo4jError && error.retryable)) && n < WRITE_ATTEMPTS;
      const pause = FIRST_RETRY_DELAY_MS * 2 ** (n - 1) * (0.8 + Math.random() * 0.4);
      if (!again || (timeLeft() ?? Infinity) < pause) throw cause;
      await sleep(pause, undefined, { ref: false });
    }
  }
}

/** A lost commit found not to have landed: the attempt may be made again. */
class LostCommitNotLanded extends Error {
  constructor(override readonly cause: unknown) {
    super('the commit was lost and did not land');
  }
}

/**
 * Neo4j itself answered the commit with a failure (a `Neo.ClientError…` or `Neo.TransientError…` status): the
 * transaction was rolled back. A broken connection (ServiceUnavailable, SessionExpired), a protocol error or a
 * `Neo.DatabaseError…` leaves the outcome open.
 */
function answeredByServer(error: unknown): boolean {
  if (!(error instanceof Neo4jError)) return false;
  return error.code.startsWith('Neo.ClientError.') || error.code.startsWith('Neo.TransientError.');
}

/**
 * Whether a commit whose answer was lost landed: true or false once Neo4j answers and no transaction of this write
 * is open any more (looked at in that order, so that a commit still finishing cannot land after the look); undefined
 * when there is no way to tell (no `committed`), or Neo4j did not answer before the deadline.
 */
async function findOut(sessions: WriteSessions, options: WriteOnceOptions, state: WriteState, writeId: string): Promise<boolean | undefined> {
  if (!options.committed) return undefined;
  const until = Date.now() + (timeLeft() ?? FIND_OUT_LIMIT_MS);
  while (!state.abandoned && Date.now() < until) {
    try {
      if (!(await sessions.inProgress(writeId))) return await options.committed();
    } catch {
      // Neo4j does not answer yet (restarting): look again.
    }
    await sleep(FIND_OUT_PAUSE_MS, undefined, { ref: false });
  }
  return undefined;
}

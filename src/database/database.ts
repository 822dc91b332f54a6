import { AsyncLocalStorage } from 'node:async_hooks';
import { isDeepStrictEqual } from 'node:util';
import neo4j, { BookmarkManager, Driver, ManagedTransaction, Neo4jError, Record as Neo4jRecord, Result, Session, SessionMode } from 'neo4j-driver';
import { cypherFile, StatementBounds } from './cypherFile';
import { beforeDeadline, DeadlineExceededError, deadlineWindow, timeLeft } from './deadline';
import { isDatabaseFailure, toGraphQLError } from './neo4jErrors';
import { requestBookmarks } from './requestBookmarks';
import { toParams, toPlain } from './toPlain';
import { writeOnce, WriteOnceOptions, WriteSessions } from './writeOnce';

export interface DatabaseOptions {
  uri: string;
  user: string;
  password: string;
  database?: string;
  /** Server-side limit of one transaction (Neo4j stops it and frees its resources); default 10 s. */
  txTimeoutMs?: number;
  /** The deadline of one request (see deadline.ts); bounds waiting for a connection. Default 15 s. */
  requestTimeoutMs?: number;
}

export const DEFAULT_REQUEST_TIMEOUT_MS = 15_000;
export const DEFAULT_TX_TIMEOUT_MS = 10_000;
/** Longest wait for a TCP connection to Neo4j: a server that does not accept within it is not reachable. */
const CONNECT_TIMEOUT_MS = 5_000;

/** Told of every statement sent: its name, its parameters and, for statements run through `run`, its text. */
export type QueryListener = (name: string, params: Record<string, unknown>, text?: string) => void;

export type Row = Record<string, unknown>;

/** A write transaction that the writes made while it runs join (see Database.sharedWriteTransaction). */
interface SharedTransaction {
  db: Database;
  tx: Transaction;
  /** The first error a joined write threw, even one its caller caught (a dry run rolls back that way). */
  failure?: unknown;
}

const shared = new AsyncLocalStorage<SharedTransaction>();

/** Thrown out of a shared transaction to roll it back when a joined write failed but `work` went on. */
class JoinedWriteFailed<T> extends Error {
  constructor(readonly value: T) {
    super('a write inside the shared transaction failed: rolled back');
  }
}

/**
 * The one module that owns the Neo4j driver: opens and closes sessions, picks read or
 * write access, turns driver values into plain JS and maps Neo4j error codes to GraphQL errors.
 * Statements are named: `read('entities-by-id', params)` runs `cypher/entities-by-id.cypher`.
 */
export class Database {
  readonly driver: Driver;
  readonly requestTimeoutMs: number;
  /**
   * Sessions of this process chain after its own last writes (and, within a request, after the bookmarks the
   * client sent: RequestBookmarks), so a read on a cluster follower never misses a write this process made.
   */
  private bookmarkManager: BookmarkManager = neo4j.bookmarkManager();
  private readonly listeners = new Set<QueryListener>();

  constructor(private readonly options: DatabaseOptions) {
    this.requestTimeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    this.driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
      disableLosslessIntegers: false,
      maxConnectionPoolSize: 50,
      // Waiting for a connection (a pool held by a stalled server) ends with the request's deadline, which
      // fails it as DATABASE_TIMEOUT; the driver's own limit, a little later, bounds work outside requests.
      connectionAcquisitionTimeout: this.requestTimeoutMs + 1_000,
      connectionTimeout: Math.min(CONNECT_TIMEOUT_MS, this.requestTimeoutMs),
    });
  }

  onQuery(listener: QueryListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Runs a named read statement and returns its rows as plain objects. `bounds` fill the statement's
   * `{{bound}}` placeholders (see cypherFile): whole numbers from code, never from a request.
   */
  async read(name: string, params: Record<string, unknown> = {}, bounds?: StatementBounds): Promise<Row[]> {
    return this.run(name, params, 'READ', cypherFile(name, bounds));
  }

  /**
   * Runs a read statement compiled from a request (src/compiler) rather than a named file, with the same
   * deadline, retries, error mapping and onQuery instrumentation (`name` is what listeners see). Rows are
   * handed to `toRow` as the driver gives them, for a conversion that knows the statement's shape.
   */
  async readCompiled<T = Row>(name: string, statement: string, params: Record<string, unknown>, toRow: (record: Neo4jRecord) => T): Promise<T[]> {
    return this.run(name, params, 'READ', statement, toRow);
  }

  /**
   * Runs a named read statement on the server that takes writes (a cluster's leader), so that it sees every
   * committed write: for checking what a write left.
   */
  async readLatest(name: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    return this.run(name, params, 'WRITE');
  }

  /** Runs a named write statement in its own transaction (see writeTransaction). */
  async write(name: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    return this.writeTransaction((tx) => tx.run(name, params));
  }

  /**
   * Runs `work` inside one write transaction: everything it does commits together or not at all, at most once,
   * and its outcome is told truthfully (see writeOnce): an error from Neo4j or the deadline means nothing was
   * written, except WRITE_OUTCOME_UNKNOWN. `options.committed` lets a write whose commit answer was lost find out
   * whether it landed. Errors `work` throws itself reach the caller as they are. Inside a sharedWriteTransaction
   * it joins that one instead.
   */
  async writeTransaction<T>(work: (tx: Transaction) => Promise<T>, options: WriteOnceOptions = {}): Promise<T> {
    const outer = this.sharedTransaction();
    if (outer) return joined(outer, () => work(outer.tx));
    try {
      return await writeOnce(this.writeSessions, (tx) => work(new Transaction(tx, this)), options);
    } catch (error) {
      throw isDatabaseFailure(error) ? toGraphQLError(error) : error;
    }
  }

  /**
   * Runs `work` in one write transaction (as writeTransaction: at most once, its outcome told truthfully) that every
   * write made while it runs joins (`write`, `writeTransaction`, however deep in what `work` calls), then `finish` in
   * that same transaction: what `work` writes and what `finish` stores about it commit together or not at all. When a
   * joined write failed but `work` went on (it caught the error: a dry run rolls back that way), everything is
   * rolled back and `finish` is not called: `committed` is then false.
   */
  async sharedWriteTransaction<T>(
    work: (tx: Transaction) => Promise<T>,
    finish: (tx: Transaction, value: T) => Promise<void>,
    options: WriteOnceOptions = {},
  ): Promise<{ value: T; committed: boolean }> {
    try {
      const value = await writeOnce(
        this.writeSessions,
        async (driverTx) => {
          const scope: SharedTransaction = { db: this, tx: new Transaction(driverTx, this) };
          const value = await shared.run(scope, () => work(scope.tx));
          if (scope.failure !== undefined) throw new JoinedWriteFailed(value);
          await finish(scope.tx, value);
          return value;
        },
        options,
      );
      return { value, committed: true };
    } catch (error) {
      if (error instanceof JoinedWriteFailed) return { value: error.value as T, committed: false };
      throw isDatabaseFailure(error) ? toGraphQLError(error) : error;
    }
  }

  private readonly writeSessions: WriteSessions = {
    session: () => this.driver.session(this.sessionConfig(neo4j.session.WRITE)),
    // A request's write is stopped by Neo4j like its reads; work outside requests (seeding at start-up, CLIs) is not.
    txConfig: (metadata) => ({ timeout: timeLeft() === undefined ? undefined : (this.options.txTimeoutMs ?? DEFAULT_TX_TIMEOUT_MS), metadata }),
    inProgress: async (writeId) => Number((await this.readLatest('write-in-progress', { writeId }))[0]?.open ?? 0) > 0,
    // The request's reads from now on, and the client's next request (header Neo4j-Bookmark), start after this write.
    landed: (session) => requestBookmarks()?.wrote(session.lastBookmarks()),
  };

  /**
   * Runs a named read statement and hands rows to `onRow` as they arrive, without holding the
   * whole result in memory (the driver pulls in batches and applies back-pressure).
   */
  async stream(name: string, params: Record<string, unknown>, onRow: (row: Row) => void | Promise<void>): Promise<void> {
    this.notify(name, params);
    try {
      await this.withSession(neo4j.session.READ, async (session) => {
        const records = session.run(cypherFile(name), toParams(params))[Symbol.asyncIterator]();
        // Each row, the first included, must come within the request's deadline window, counted afresh for
        // each: a long download goes on while rows keep coming, a stalled server ends it.
        let done = false;
        // Whether the stop came from Neo4j (a failure, or no row within the deadline): then there is nothing to wait for.
        let fromNeo4j = false;
        try {
          while (!done) {
            const next = await beforeDeadline(records.next(), deadlineWindow()).catch((error: unknown) => {
              fromNeo4j = true;
              throw error;
            });
            if (next.done) done = true;
            else await onRow(recordToRow(next.value));
          }
        } finally {
          // Stopped early by this side (onRow threw, the client went away): cancel the Neo4j result and wait (one
          // deadline window at most) for Neo4j to confirm before the session closes: closing at once put the connection
          // back in the pool with the cancellation still in flight, and the next statement on it failed (DATABASE_ERROR)
          // or waited for an answer until its deadline (DATABASE_TIMEOUT). A stalled or failed Neo4j is not waited for:
          // its error is the answer.
          if (!done) {
            const cancelled = records.return!().catch(() => undefined);
            if (!fromNeo4j) await beforeDeadline(cancelled, deadlineWindow()).catch(() => undefined);
          }
        }
      }, { fetchSize: 500, closeWithinMs: deadlineWindow() });
    } catch (error) {
      throw toGraphQLError(error);
    }
  }

  /** Runs a statement in an auto-commit transaction (needed by schema commands and CALL {} IN TRANSACTIONS). */
  async autoCommit(statement: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    this.notify('(auto-commit)', params);
    const result = await this.withSession(neo4j.session.WRITE, (session) => beforeDeadline(session.run(statement, toParams(params))));
    return result.records.map(recordToRow);
  }

  /** Version and edition of the server, or an error when it does not answer. */
  async serverInfo(): Promise<{ version: string; edition: string }> {
    const rows = await this.read('server-info');
    const row = rows[0] ?? {};
    return { version: String(row.version ?? 'unknown'), edition: String(row.edition ?? 'unknown') };
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  notify(name: string, params: Record<string, unknown>, text?: string): void {
    for (const listener of this.listeners) listener(name, params, text);
  }

  private async run<T = Row>(
    name: string,
    params: Record<string, unknown>,
    mode: 'READ' | 'WRITE',
    statement = cypherFile(name),
    toRow: (record: Neo4jRecord) => T = recordToRow as (record: Neo4jRecord) => T,
  ): Promise<T[]> {
    const config = { timeout: this.options.txTimeoutMs ?? DEFAULT_TX_TIMEOUT_MS };
    this.notify(name, params, statement);
    for (let attempt = 1; ; attempt += 1) {
      try {
        // Reads run in auto-commit transactions: one round trip less than a managed transaction
        // (measured about 1 ms per statement here), with the driver's retry replaced by the loop below.
        // WRITE: a read on the server that takes writes (readLatest).
        const result = await this.withSession(mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE, (session) =>
          beforeDeadline<{ records: Neo4jRecord[] }>(session.run(statement, toParams(params), config)),
        );
        return result.records.map(toRow);
      } catch (error) {
        const timeIsLeft = (timeLeft() ?? Infinity) > 0;
        if (attempt < READ_ATTEMPTS && timeIsLeft && error instanceof Neo4jError && error.retryable) continue;
        throw toGraphQLError(error);
      }
    }
  }

  /** The shared write transaction of the work in progress, when it is this database's. */
  private sharedTransaction(): SharedTransaction | undefined {
    const scope = shared.getStore();
    return scope?.db === this ? scope : undefined;
  }

  /** A session's settings: it starts after the request's bookmarks and this process's own last writes. */
  private sessionConfig(accessMode: SessionMode, fetchSize?: number): Parameters<Driver['session']>[0] {
    return { database: this.options.database, defaultAccessMode: accessMode, fetchSize, bookmarks: requestBookmarks()?.startAfter, bookmarkManager: this.bookmarkManager };
  }

  /** Runs `work` with a new session (see withOneSession), once more when Neo4j refused only this process's own bookmarks. */
  private async withSession<T>(accessMode: SessionMode, work: (session: Session) => Promise<T>, options: SessionOptions = {}): Promise<T> {
    try {
      return await this.withOneSession(accessMode, work, options);
    } catch (error) {
      if (!(error instanceof Neo4jError && error.code.startsWith(INVALID_BOOKMARK))) throw error;
      // Neo4j refuses a bookmark before running anything. When the client sent none, the bad one is this process's
      // own: its database was replaced (a new store under the same address). Forget them and run once more.
      this.bookmarkManager = neo4j.bookmarkManager();
      if ((requestBookmarks()?.sent.length ?? 0) > 0) throw error;
      return this.withOneSession(accessMode, work, options);
    }
  }

  /**
   * Runs `work` with a new session and closes it. After a passed deadline the server may be stalled, and
   * closing would wait for it: the session is then closed in the background (its connection returns to the
   * pool, or is dropped, when the server answers or the connection breaks) and the caller goes on.
   * Otherwise closing is awaited, but never past the deadline either.
   */
  private async withOneSession<T>(accessMode: SessionMode, work: (session: Session) => Promise<T>, options: SessionOptions = {}): Promise<T> {
    const bookmarks = requestBookmarks();
    const session = this.driver.session(this.sessionConfig(accessMode, options.fetchSize));
    let late = false;
    try {
      const result = await work(session);
      // The request's reads from now on, and the client's next request (header Neo4j-Bookmark), start after this write.
      if (accessMode === neo4j.session.WRITE) bookmarks?.wrote(session.lastBookmarks());
      return result;
    } catch (error) {
      late = error instanceof DeadlineExceededError;
      throw error;
    } finally {
      const closing = session.close().catch(() => undefined);
      if (!late) await beforeDeadline(closing, options.closeWithinMs ?? timeLeft()).catch(() => undefined);
    }
  }

  /**
   * Runs `work` in one read transaction (the driver repeats it on a transient error, so it must start afresh
   * each time) and tells whether the database was `quiet`: no transaction committed from just before the
   * transaction began until it ended, told by the bookmarks Neo4j returns after each transaction (they name the
   * last committed one). Neo4j Community has no snapshot reads: a caller that needs one consistent picture of the
   * graph repeats the work when it was not quiet. `quiet` is undefined when the server returns no bookmarks (Neo4j
   * 5 always does). `timeoutMs` 0 lifts Neo4j's transaction timeout.
   */
  async readTransaction<T>(work: (tx: Transaction) => Promise<T>, timeoutMs = this.options.txTimeoutMs ?? DEFAULT_TX_TIMEOUT_MS): Promise<{ result: T; quiet?: boolean }> {
    return this.withSession(neo4j.session.READ, async (session) => {
      await session.executeRead((tx) => tx.run(cypherFile('server-info')));
      const before = session.lastBookmarks();
      const result = await session.executeRead((tx) => work(new Transaction(tx, this)), { timeout: timeoutMs });
      return { result, quiet: before.length > 0 ? isDeepStrictEqual(before, session.lastBookmarks()) : undefined };
    });
  }
}

/** Runs a write joined to a shared transaction; a failure marks the whole transaction for rollback. */
async function joined<T>(scope: SharedTransaction, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    scope.failure ??= error;
    throw error;
  }
}

/** Neo4j's codes for a bookmark it cannot use (unreadable, of another database, of several databases mixed). */
const INVALID_BOOKMARK = 'Neo.ClientError.Transaction.InvalidBookmark';

/** A session's batch size, and how long its closing may be awaited (default: the time left before the deadline). */
interface SessionOptions {
  fetchSize?: number;
  closeWithinMs?: number;
}

/** How often a read is tried when Neo4j says the failure is transient (a leader switch, a busy server). */
const READ_ATTEMPTS = 3;

/** A transaction in progress; statements run by name like on Database. */
export class Transaction {
  constructor(private readonly tx: Pick<ManagedTransaction, 'run'>, private readonly db: Database) {}

  async run(name: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    this.db.notify(name, params);
    const result = await this.tx.run(cypherFile(name), toParams(params));
    return result.records.map(recordToRow);
  }

  /**
   * Runs a named statement with its parameters passed as they are (typed driver values: neo4j.int, temporal
   * values, a float that happens to be whole) and returns the driver's result with typed values: await it for
   * every record, or iterate it to stream them.
   */
  typed(name: string, params: Record<string, unknown> = {}): Result {
    this.db.notify(name, params);
    return this.tx.run(cypherFile(name), params);
  }
}

function recordToRow(record: Neo4jRecord): Row {
  const row: Row = {};
  for (const key of record.keys) row[String(key)] = toPlain(record.get(key));
  return row;
}


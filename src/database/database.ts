import neo4j, { Driver, ManagedTransaction, Neo4jError, Record as Neo4jRecord, Session, SessionMode } from 'neo4j-driver';
import { cypherFile, StatementBounds } from './cypherFile';
import { beforeDeadline, DeadlineExceededError, deadlineWindow, timeLeft } from './deadline';
import { toGraphQLError } from './neo4jErrors';
import { toParams, toPlain } from './toPlain';

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

/** Called once per statement sent to Neo4j; tests use it to count round trips. */
/** Told of every statement sent: its name, its parameters and, for statements run through `run`, its text. */
export type QueryListener = (name: string, params: Record<string, unknown>, text?: string) => void;

export type Row = Record<string, unknown>;

/**
 * The one module that owns the Neo4j driver: opens and closes sessions, picks read or
 * write access, turns driver values into plain JS and maps Neo4j error codes to GraphQL errors.
 * Statements are named: `read('entities-by-id', params)` runs `cypher/entities-by-id.cypher`.
 */
export class Database {
  readonly driver: Driver;
  readonly requestTimeoutMs: number;
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

  /** Runs a named write statement in its own transaction. */
  async write(name: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    return this.run(name, params, 'WRITE');
  }

  /** Runs `work` inside one write transaction: everything it does commits together or not at all. */
  async writeTransaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.withSession(neo4j.session.WRITE, (session) => beforeDeadline(session.executeWrite((tx) => work(new Transaction(tx, this)))));
  }

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
        let late = false;
        try {
          while (!done) {
            const next = await beforeDeadline(records.next(), deadlineWindow());
            if (next.done) done = true;
            else await onRow(recordToRow(next.value));
          }
        } catch (error) {
          late = error instanceof DeadlineExceededError;
          throw error;
        } finally {
          // Stopped early (onRow threw, the client went away, the deadline passed): cancel the Neo4j result. Unless
          // Neo4j is late, wait until it has confirmed, before the session closes: closing cancels the result too, and
          // a second cancel sent while the first is under way is refused by Neo4j ("DiscardMessage cannot be handled
          // by a session in the READY state") on a connection that goes back to the pool, where it failed the next
          // statement or held the next export until its deadline.
          if (!done) {
            const cancelled = Promise.resolve(records.return?.()).catch(() => undefined);
            if (!late) await beforeDeadline(cancelled, deadlineWindow()).catch(() => undefined);
          }
        }
      }, 500);
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
        const result = await this.withSession(mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE, (session) =>
          beforeDeadline<{ records: Neo4jRecord[] }>(
            mode === 'READ'
              ? session.run(statement, toParams(params), config)
              : session.executeWrite((tx) => tx.run(statement, toParams(params)), config),
          ),
        );
        return result.records.map(toRow);
      } catch (error) {
        const timeIsLeft = (timeLeft() ?? Infinity) > 0;
        if (mode === 'READ' && attempt < READ_ATTEMPTS && timeIsLeft && error instanceof Neo4jError && error.retryable) continue;
        throw toGraphQLError(error);
      }
    }
  }

  /**
   * Runs `work` with a new session and closes it. After a passed deadline the server may be stalled, and
   * closing would wait for it: the session is then closed in the background (its connection returns to the
   * pool, or is dropped, when the server answers or the connection breaks) and the caller goes on.
   * Otherwise closing is awaited, but never past the deadline either.
   */
  private async withSession<T>(accessMode: SessionMode, work: (session: Session) => Promise<T>, fetchSize?: number): Promise<T> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: accessMode, fetchSize });
    let late = false;
    try {
      return await work(session);
    } catch (error) {
      late = error instanceof DeadlineExceededError;
      throw error;
    } finally {
      const closing = session.close().catch(() => undefined);
      if (!late) await beforeDeadline(closing).catch(() => undefined);
    }
  }
}

/** How often a read is tried when Neo4j says the failure is transient (a leader switch, a busy server). */
const READ_ATTEMPTS = 3;

/** A write transaction in progress; statements run by name like on Database. */
export class Transaction {
  constructor(private readonly tx: ManagedTransaction, private readonly db: Database) {}

  async run(name: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    this.db.notify(name, params);
    const result = await this.tx.run(cypherFile(name), toParams(params));
    return result.records.map(recordToRow);
  }
}

function recordToRow(record: Neo4jRecord): Row {
  const row: Row = {};
  for (const key of record.keys) row[String(key)] = toPlain(record.get(key));
  return row;
}


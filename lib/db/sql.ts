// Hand-written SQL for the few requests a learner makes all day, where Prisma's per-query cost
// was most of the request: answering a review, reading the study settings, building today's
// queue. A Prisma query costs ~0.5 ms of CPU here (building, planning, interpreting and mapping
// it in JavaScript) where the statement itself takes ~0.02 ms on SQLite. These statements run
// through the very driver adapter Prisma uses (same SQLite connection and transaction lock, same
// PostgreSQL pool, same value formats), so the rows they write are the rows Prisma reads.
// Everything else goes through the Prisma client.
import {
  isDriverAdapterError,
  type ArgScalarType,
  type SqlDriverAdapter,
  type SqlQueryable,
  type Transaction,
} from "@prisma/driver-adapter-utils";
import type { DatabaseProvider } from "../env";

/** An argument with the scalar type the adapter formats it as (dates, booleans differ by database). */
export type SqlArg = readonly [value: unknown, type: ArgScalarType];

export type SqlRow = Record<string, unknown>;

/** Where a client's driver adapter is once Prisma has connected it. */
export interface AdapterHandle {
  provider: DatabaseProvider;
  /** Set by the adapter factory on every (re)connect (see trackAdapter). */
  current: SqlDriverAdapter | null;
  /** SQLite's group commit for the current adapter (see GroupCommit). */
  group?: GroupCommit;
}

interface Connectable {
  $connect(): Promise<void>;
}

// Kept on the client object under a registered symbol, not in a module-level map: Next bundles
// this module more than once (one copy per server layer), and the client is shared between them.
const HANDLE = Symbol.for("quorum.db.adapterHandle");

interface WithHandle {
  [HANDLE]?: AdapterHandle;
}

/**
 * Called by the adapter factories on connect: the handle follows the adapter Prisma uses, and
 * forgets it when Prisma disposes of it ($disconnect), so SQL never reaches a closed connection.
 */
export function trackAdapter<A extends SqlDriverAdapter>(handle: AdapterHandle, adapter: A): A {
  const dispose = adapter.dispose.bind(adapter);
  adapter.dispose = () => {
    if (handle.current === adapter) handle.current = null;
    return dispose();
  };
  handle.current = adapter;
  return adapter;
}

/** Remembers which adapter handle belongs to a Prisma client (done by createDb). */
export function registerAdapter(client: object, handle: AdapterHandle): void {
  Object.defineProperty(client, HANDLE, { value: handle, enumerable: false });
}

export interface SqlSession {
  provider: DatabaseProvider;
  /** One SELECT outside any transaction (`?` placeholders). */
  select(sql: string, args: readonly SqlArg[]): Promise<SqlRow[]>;
  /** Runs `body` in a transaction: committed when it returns, rolled back when it throws. */
  transaction<T>(body: (tx: SqlQueryable) => Promise<T>): Promise<T>;
  /**
   * Like `transaction`, but on SQLite bodies that arrive together share one transaction and so
   * one fsync (group commit), each in its own savepoint: a body that throws is rolled back
   * alone and rejects alone; the others resolve once the shared COMMIT is durable. For short
   * bodies that only touch the database (they run one after another inside the batch).
   */
  grouped<T>(body: (tx: SqlQueryable) => Promise<T>): Promise<T>;
}

/** Direct SQL on the adapter of a client made by createDb. */
export async function sqlSession(client: Connectable & object): Promise<SqlSession> {
  const handle = (client as WithHandle)[HANDLE];
  if (!handle) throw new Error("This Prisma client was not created by createDb: its driver adapter is unknown.");
  if (!handle.current) await client.$connect();
  const adapter = handle.current;
  if (!adapter) throw new Error("Prisma connected without going through the adapter factory.");
  const provider = handle.provider;
  return {
    provider,
    select: (sql, args) => selectRows(adapter, provider, sql, args),
    transaction: (body) => inTransaction(adapter, body),
    grouped: (body) => (provider === "sqlite" ? groupCommitFor(handle, adapter).run(body) : inTransaction(adapter, body)),
  };
}

/** Bodies in one group commit at most: bounds how long one batch holds the write lock. */
const MAX_GROUP = 64;

interface Queued {
  body: (tx: SqlQueryable) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

function groupCommitFor(handle: AdapterHandle, adapter: SqlDriverAdapter): GroupCommit {
  if (handle.group?.adapter !== adapter) handle.group = new GroupCommit(adapter);
  return handle.group;
}

// SQLite commits one transaction at a time and, with synchronous=FULL, each COMMIT is an fsync
// that blocks the process (better-sqlite3 is synchronous): ~0.5 ms here, more under load, and
// most of an answer's cost. Answers that arrive while a batch is committing wait for the next
// batch, which starts on the following turn of the event loop; a lone answer waits one turn.
class GroupCommit {
  private queue: Queued[] = [];
  private scheduled = false;

  constructor(readonly adapter: SqlDriverAdapter) {}

  run<T>(body: (tx: SqlQueryable) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ body, resolve: resolve as (value: unknown) => void, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.queue.length === 0) return;
    this.scheduled = true;
    setImmediate(() => void this.flush());
  }

  private async flush(): Promise<void> {
    const batch = this.queue.splice(0, MAX_GROUP);
    const [only] = batch;
    if (batch.length === 1 && only) {
      // Alone in its batch, a body needs no savepoint: its failure rolls back the transaction.
      try {
        only.resolve(await inTransaction(this.adapter, only.body));
      } catch (error) {
        only.reject(error);
      } finally {
        this.scheduled = false;
        this.schedule();
      }
      return;
    }
    try {
      const outcomes = await inTransaction(this.adapter, async (tx) => {
        const done: Outcome[] = [];
        for (const item of batch) {
          await tx.executeRaw(plain("SAVEPOINT answer"));
          try {
            const value = await item.body(tx);
            await tx.executeRaw(plain("RELEASE SAVEPOINT answer"));
            done.push({ ok: true, value });
          } catch (error) {
            await tx.executeRaw(plain("ROLLBACK TO SAVEPOINT answer"));
            await tx.executeRaw(plain("RELEASE SAVEPOINT answer"));
            done.push({ ok: false, error });
          }
        }
        return done;
      });
      outcomes.forEach((outcome, i) => {
        const item = batch[i];
        if (!item) return;
        if (outcome.ok) item.resolve(outcome.value);
        else item.reject(outcome.error);
      });
    } catch (error) {
      // The batch itself failed (COMMIT, a lost connection): nothing of it is stored.
      for (const item of batch) item.reject(error);
    } finally {
      this.scheduled = false;
      this.schedule();
    }
  }
}

/** A statement without arguments. */
function plain(sql: string) {
  return { sql, args: [], argTypes: [] };
}

// The adapters' transaction protocol, as Prisma's own transaction manager drives it: the
// adapter opens it (BEGIN, and on SQLite the connection's transaction lock), the caller ends it
// with COMMIT or ROLLBACK, then tells the adapter (which releases the lock or the connection).
async function inTransaction<T>(adapter: SqlDriverAdapter, body: (tx: SqlQueryable) => Promise<T>): Promise<T> {
  const tx: Transaction = await adapter.startTransaction();
  let result: T;
  try {
    result = await body(tx);
  } catch (error) {
    // The body's error is the one to report, even if the ROLLBACK fails too.
    await tx.executeRaw(plain("ROLLBACK")).catch(() => undefined);
    await tx.rollback();
    throw error;
  }
  try {
    await tx.executeRaw(plain("COMMIT"));
  } catch (error) {
    await tx.rollback();
    throw error;
  }
  await tx.commit();
  return result;
}

/** `?` placeholders as the provider writes them ($1, $2… on PostgreSQL). */
function placeholders(provider: DatabaseProvider, sql: string): string {
  if (provider === "sqlite") return sql;
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

function query(provider: DatabaseProvider, sql: string, args: readonly SqlArg[]) {
  return {
    sql: placeholders(provider, sql),
    args: args.map(([value]) => value),
    argTypes: args.map(([, scalarType]) => ({ scalarType, arity: "scalar" as const })),
  };
}

/** Rows of a SELECT as objects keyed by column name. */
export async function selectRows(q: SqlQueryable, provider: DatabaseProvider, sql: string, args: readonly SqlArg[]): Promise<SqlRow[]> {
  const result = await q.queryRaw(query(provider, sql, args));
  return result.rows.map((values) => {
    const row: SqlRow = {};
    result.columnNames.forEach((name, i) => (row[name] = values[i]));
    return row;
  });
}

/** Runs an INSERT/UPDATE/DELETE; resolves to the number of rows it changed. */
export function execute(q: SqlQueryable, provider: DatabaseProvider, sql: string, args: readonly SqlArg[]): Promise<number> {
  return q.executeRaw(query(provider, sql, args));
}

/** A unique index refused the write (the adapters' error, either database). */
export function isSqlUniqueViolation(error: unknown): boolean {
  return isDriverAdapterError(error) && error.cause.kind === "UniqueConstraintViolation";
}

/** A DateTime column as read through the adapter (ISO text) or written by a driver (Date, epoch ms). */
export function sqlDate(value: unknown): Date {
  if (value instanceof Date) return value;
  if (typeof value === "string" || typeof value === "number") {
    const date = new Date(value);
    if (!Number.isNaN(date.getTime())) return date;
  }
  throw new Error(`Not a date from the database: ${String(value)}`);
}

/** A nullable DateTime column. */
export function sqlDateOrNull(value: unknown): Date | null {
  return value === null || value === undefined ? null : sqlDate(value);
}

/** `?, ?, …` for n values (an IN list, a VALUES row). */
export function questionMarks(n: number): string {
  return Array.from({ length: n }, () => "?").join(", ");
}

/** A boolean column: SQLite stores 0/1, PostgreSQL a boolean. */
export function sqlBoolean(value: unknown): boolean {
  if (typeof value === "boolean") return value;
  if (value === 0 || value === 1 || value === 0n || value === 1n) return Number(value) === 1;
  throw new Error(`Not a boolean from the database: ${String(value)}`);
}

export function sqlNumber(value: unknown): number {
  const n = typeof value === "bigint" ? Number(value) : typeof value === "string" ? Number(value) : value;
  if (typeof n !== "number" || !Number.isFinite(n)) throw new Error(`Not a number from the database: ${String(value)}`);
  return n;
}

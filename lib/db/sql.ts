// Hand-written SQL for the one path where Prisma's per-query cost is the request: answering a
// review. A Prisma query costs ~0.5 ms of CPU here (building, planning and interpreting the
// query in JavaScript) where the statement itself takes ~0.02 ms on SQLite, and an answer needs
// four of them. These statements run through the very driver adapter Prisma uses (same SQLite
// connection and transaction lock, same PostgreSQL pool, same value formats), so the rows they
// write are the rows Prisma reads. Everything else goes through the Prisma client.
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
}

interface Connectable {
  $connect(): Promise<void>;
}

const handles = new WeakMap<object, AdapterHandle>();

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
  handles.set(client, handle);
}

export interface SqlSession {
  provider: DatabaseProvider;
  /** One SELECT outside any transaction (`?` placeholders). */
  select(sql: string, args: readonly SqlArg[]): Promise<SqlRow[]>;
  /** Runs `body` in a transaction: committed when it returns, rolled back when it throws. */
  transaction<T>(body: (tx: SqlQueryable) => Promise<T>): Promise<T>;
}

/** Direct SQL on the adapter of a client made by createDb. */
export async function sqlSession(client: Connectable & object): Promise<SqlSession> {
  const handle = handles.get(client);
  if (!handle) throw new Error("This Prisma client was not created by createDb: its driver adapter is unknown.");
  if (!handle.current) await client.$connect();
  const adapter = handle.current;
  if (!adapter) throw new Error("Prisma connected without going through the adapter factory.");
  const provider = handle.provider;
  return {
    provider,
    select: (sql, args) => selectRows(adapter, provider, sql, args),
    transaction: (body) => inTransaction(adapter, body),
  };
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
    try {
      await tx.executeRaw({ sql: "ROLLBACK", args: [], argTypes: [] });
    } finally {
      await tx.rollback();
    }
    throw error;
  }
  try {
    await tx.executeRaw({ sql: "COMMIT", args: [], argTypes: [] });
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

export function sqlNumber(value: unknown): number {
  const n = typeof value === "bigint" ? Number(value) : typeof value === "string" ? Number(value) : value;
  if (typeof n !== "number" || !Number.isFinite(n)) throw new Error(`Not a number from the database: ${String(value)}`);
  return n;
}

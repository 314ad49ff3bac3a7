// Prepared statements kept for reuse on a better-sqlite3 connection. Prisma's SQLite adapter
// prepares every statement it runs afresh (`db.prepare(sql).bind(args)`), which compiles the
// SQL each time: ~0.03–0.05 ms a statement here, about a fifth of the database work of an
// answer. The connection's `prepare` is wrapped so that the same SQL text reuses one compiled
// statement; what it returns offers exactly the calls the adapter makes, with the arguments
// passed per call instead of bound for good (a bound statement cannot be bound again).
import type Database from "better-sqlite3";

type Statement = Database.Statement<unknown[]>;

/** What the adapter uses of a statement: bind, run, reader, columns, raw().all(). */
export interface ReusableStatement {
  readonly reader: boolean;
  bind(...args: unknown[]): ReusableStatement;
  run(): Database.RunResult;
  columns(): Database.ColumnDefinition[];
  raw(): { all(): unknown[][] };
}

// A statement's result columns are fixed once it is compiled (the app never changes its schema
// while running), and describing them is not free (~0.08 ms an answer in a profile): the
// adapter asks on every read, so the description is kept with the statement.
const described = new WeakMap<Statement, Database.ColumnDefinition[]>();

function columnsOf(statement: Statement): Database.ColumnDefinition[] {
  let columns = described.get(statement);
  if (!columns) {
    columns = statement.columns();
    described.set(statement, columns);
  }
  return columns;
}

function reusable(statement: Statement, args: readonly unknown[]): ReusableStatement {
  return {
    reader: statement.reader,
    // The adapter passes one array; better-sqlite3's bind spreads arguments the same way.
    bind: (...bound) => reusable(statement, bound.length === 1 && Array.isArray(bound[0]) ? (bound[0] as unknown[]) : bound),
    run: () => statement.run(...args),
    columns: () => columnsOf(statement),
    raw: () => ({ all: () => statement.raw(true).all(...args) as unknown[][] }),
  };
}

/**
 * Makes `db.prepare` hand out reusable statements, compiling each distinct SQL text once and
 * keeping the `max` most recently used (Prisma's own queries vary, e.g. by IN-list length).
 * better-sqlite3 runs statements synchronously, so a statement is never in use twice at once.
 */
export function cacheStatements(db: Database.Database, max = 256): void {
  const prepare = db.prepare.bind(db) as (sql: string) => Statement;
  const cache = new Map<string, Statement>();
  const cached = (sql: string): ReusableStatement => {
    let statement = cache.get(sql);
    if (statement) {
      cache.delete(sql); // re-inserted below: the map's order is the order of last use
    } else {
      statement = prepare(sql);
      if (cache.size >= max) {
        const oldest = cache.keys().next();
        if (!oldest.done) cache.delete(oldest.value);
      }
    }
    cache.set(sql, statement);
    return reusable(statement, []);
  };
  Object.defineProperty(db, "prepare", { value: cached, configurable: true, writable: true });
}

import Database from "better-sqlite3";
import { describe, expect, it, vi } from "vitest";
import { cacheStatements, type ReusableStatement } from "@/lib/db/statement-cache";

function connection() {
  const db = new Database(":memory:");
  db.defaultSafeIntegers(true); // as Prisma's adapter opens it
  db.exec(`CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)`);
  return db;
}

// The calls Prisma's SQLite adapter makes (executeIO / performIO / startTransaction).
const prepared = (db: Database.Database, sql: string) => db.prepare(sql) as unknown as ReusableStatement;
const run = (db: Database.Database, sql: string, args: unknown[]) => prepared(db, sql).bind(args).run();
function query(db: Database.Database, sql: string, args: unknown[]) {
  const statement = prepared(db, sql).bind(args);
  return statement.reader ? { columns: statement.columns().map((c) => c.name), rows: statement.raw().all() } : (statement.run(), null);
}

describe("cacheStatements", () => {
  it("compiles each SQL text once and runs it with each call's own arguments", () => {
    const db = connection();
    const compile = vi.spyOn(db, "prepare");
    cacheStatements(db);
    for (const name of ["a", "b", "c"]) run(db, `INSERT INTO t (name) VALUES (?)`, [name]);
    expect(query(db, `SELECT id, name FROM t WHERE name = ?`, ["b"])).toEqual({ columns: ["id", "name"], rows: [[2n, "b"]] });
    expect(query(db, `SELECT id, name FROM t WHERE name = ?`, ["c"])).toEqual({ columns: ["id", "name"], rows: [[3n, "c"]] });
    expect(compile).toHaveBeenCalledTimes(2);
  });

  it("describes a statement's columns once", () => {
    const db = connection();
    cacheStatements(db);
    run(db, `INSERT INTO t (name) VALUES (?)`, ["a"]);
    const first = prepared(db, `SELECT id, name FROM t`).columns();
    const statement = prepared(db, `SELECT id, name FROM t`);
    expect(statement.columns()).toBe(first);
    expect(first.map((c) => [c.name, c.type])).toEqual([["id", "INTEGER"], ["name", "TEXT"]]);
    expect(statement.raw().all()).toEqual([[1n, "a"]]);
  });

  it("keeps transactions and failures as they were: BEGIN without arguments, a refused row leaves the statement usable", () => {
    const db = connection();
    cacheStatements(db);
    prepared(db, "BEGIN").run();
    run(db, `INSERT INTO t (name) VALUES (?)`, ["a"]);
    expect(() => run(db, `INSERT INTO t (name) VALUES (?)`, ["a"])).toThrow(/UNIQUE/);
    run(db, `INSERT INTO t (name) VALUES (?)`, ["b"]);
    prepared(db, "COMMIT").run();
    expect(query(db, `SELECT name FROM t ORDER BY name`, [])?.rows).toEqual([["a"], ["b"]]);
    expect(db.inTransaction).toBe(false);
  });

  it("keeps the most recently used statements when there are more than it holds", () => {
    const db = connection();
    const compile = vi.spyOn(db, "prepare");
    cacheStatements(db, 2);
    const select = (n: number) => query(db, `SELECT ${n} AS n`, []);
    select(1);
    select(2);
    select(1); // 1 is now the most recent
    select(3); // evicts 2
    select(1);
    expect(compile).toHaveBeenCalledTimes(3);
    select(2);
    expect(compile).toHaveBeenCalledTimes(4);
    expect(select(2)?.rows).toEqual([[2n]]);
  });
});

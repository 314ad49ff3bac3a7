import Database from "better-sqlite3";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../support/test-db";

let test: TestDatabase;
beforeAll(async () => {
  test = await createTestDatabase("sqlite");
}, 60_000);
afterAll(() => test.drop());

/** The better-sqlite3 connection behind a client made by createDb (see lib/db/client.ts). */
function connectionOf(db: object): unknown {
  const handle = (db as Record<symbol, { current?: { client?: unknown } } | undefined>)[Symbol.for("quorum.db.adapterHandle")];
  return handle?.current?.client;
}

it("SQLite connections made by createDb compile each statement once (lib/db/statement-cache)", async () => {
  const { db } = test;
  await db.$connect();
  const connection = connectionOf(db);
  // If Prisma's adapter stops keeping its connection where client.ts looks, this fails rather
  // than the app quietly compiling every statement again.
  expect(connection).toBeInstanceOf(Database);
  if (!(connection instanceof Database)) return;
  expect(Object.hasOwn(connection, "prepare")).toBe(true);

  // Prisma's own queries run through the cached statements unchanged.
  const created = await db.user.create({ data: { email: `cache-${Date.now()}@example.test`, name: "Cache", passwordHash: "x" } });
  expect(await db.user.findUnique({ where: { id: created.id } })).toMatchObject({ name: "Cache" });
  expect(await db.user.findUnique({ where: { id: created.id } })).toMatchObject({ name: "Cache" });
  await expect(db.user.create({ data: { email: created.email, name: "Again", passwordHash: "x" } })).rejects.toThrow();
  expect(await db.user.count()).toBe(1);
});

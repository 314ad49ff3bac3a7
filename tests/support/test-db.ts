// A fresh, migrated database per test file, on SQLite (a temp file) or PostgreSQL (a new
// database on the server the test script started; POSTGRES_URL).
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe } from "vitest";
import { createDb, type Db } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/schema-engine";
import type { DatabaseProvider } from "@/lib/env";

export const repoRoot = path.resolve(import.meta.dirname, "../..");

export interface TestDatabase {
  provider: DatabaseProvider;
  url: string;
  db: Db;
  drop(): Promise<void>;
}

export async function createTestDatabase(provider: DatabaseProvider): Promise<TestDatabase> {
  if (provider === "sqlite") {
    const dir = mkdtempSync(path.join(os.tmpdir(), "quorum-test-"));
    const url = `file:${path.join(dir, "test.db")}`;
    await applyMigrations(repoRoot, url);
    const db = createDb(url);
    return {
      provider,
      url,
      db,
      drop: async () => {
        await db.$disconnect();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const server = process.env.POSTGRES_URL;
  if (!server) throw new Error("POSTGRES_URL is not set: run the integration tests through `npm test`");
  const name = `quorum_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const u = new URL(server);
  u.pathname = `/${name}`;
  const url = u.toString();
  await applyMigrations(repoRoot, url);
  const db = createDb(url);
  return {
    provider,
    url,
    db,
    drop: async () => {
      await db.$disconnect();
      const c = new pg.Client({ connectionString: server });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}

/**
 * The providers to run data-layer tests against. PostgreSQL is required when the test script
 * says so (QUORUM_REQUIRE_POSTGRES=1), so a missing server fails the run instead of skipping.
 */
export function testProviders(): DatabaseProvider[] {
  if (process.env.POSTGRES_URL) return ["sqlite", "postgresql"];
  if (process.env.QUORUM_REQUIRE_POSTGRES === "1") {
    throw new Error("QUORUM_REQUIRE_POSTGRES=1 but POSTGRES_URL is not set");
  }
  return ["sqlite"];
}

/** describe.each over the providers, each block with its own migrated database. */
export function describeEachDatabase(name: string, body: (get: () => TestDatabase) => void): void {
  describe.each(testProviders())(`${name} [%s]`, (provider) => {
    let current: TestDatabase | undefined;
    beforeAll(async () => {
      current = await createTestDatabase(provider);
    });
    afterAll(async () => {
      await current?.drop();
    });
    body(() => {
      if (!current) throw new Error("test database not ready");
      return current;
    });
  });
}

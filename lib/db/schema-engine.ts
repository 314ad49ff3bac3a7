// Drives Prisma's own schema engine (its WebAssembly build) through Prisma's driver
// adapters, because the native engine cannot be downloaded on our machines. It writes and
// reads Prisma's folder format (prisma/migrations/<provider>/<timestamp>_<name>/migration.sql,
// migration_lock.toml, checksums in _prisma_migrations), so a machine with the native engine
// accepts the same history. Used by scripts/db/migrate.ts and the integration tests only:
// the app never imports it.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
} from "@prisma/driver-adapter-utils";
import * as glue from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";
import pg from "pg";
import { databaseProvider, type DatabaseProvider } from "../env";
import { sqliteFilePath } from "./sqlite-path";

export class MigrationError extends Error {
  override name = "MigrationError";
}

const NO_FILTER = { externalTables: [], externalEnums: [] };

let wasmReady = false;
function loadWasm(): void {
  if (wasmReady) return;
  // Node 20 cannot import .wasm from the package's ESM entry: instantiate it ourselves.
  const require = createRequire(import.meta.url);
  const dir = path.dirname(require.resolve("@prisma/schema-engine-wasm"));
  const compiled = new WebAssembly.Module(readFileSync(path.join(dir, "schema_engine_bg.wasm")));
  const instance = new WebAssembly.Instance(compiled, { "./schema_engine_bg.js": glue as unknown as WebAssembly.ModuleImports });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  wasmReady = true;
}

export interface ProviderPaths {
  provider: DatabaseProvider;
  schemaPath: string;
  migrationsDir: string;
}

export function providerPaths(root: string, provider: DatabaseProvider): ProviderPaths {
  return {
    provider,
    schemaPath:
      provider === "sqlite"
        ? path.join(root, "prisma", "schema.prisma")
        : path.join(root, "prisma", "postgresql", "schema.prisma"),
    migrationsDir: path.join(root, "prisma", "migrations", provider),
  };
}

export function loadMigrations(migrationsDir: string): MigrationList {
  const lockPath = path.join(migrationsDir, "migration_lock.toml");
  const dirs = existsSync(migrationsDir)
    ? readdirSync(migrationsDir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  return {
    baseDir: migrationsDir,
    lockfile: {
      path: "migration_lock.toml",
      content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories: dirs.map((name) => {
      const file = path.join(migrationsDir, name, "migration.sql");
      return {
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: existsSync(file)
            ? { tag: "ok" as const, value: readFileSync(file, "utf8") }
            : { tag: "error" as const, value: `${file} is missing` },
        },
      };
    }),
  };
}

/** better-sqlite3 runs one statement per call: send parameterless raw calls as scripts. */
function scriptingSqlite(adapter: SqlDriverAdapter): SqlDriverAdapter {
  return new Proxy(adapter, {
    get(target, prop, receiver) {
      if (prop === "executeRaw") {
        return async (query: SqlQuery) => {
          if (query.args.length === 0) {
            await target.executeScript(query.sql);
            return 0;
          }
          return target.executeRaw(query);
        };
      }
      const value: unknown = Reflect.get(target, prop, receiver);
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** adapter-pg cannot deserialize the catalog type "char" (oid 18) that the engine reads: read it as text. */
function catalogSafePool(connectionString: string): pg.Pool {
  const pool = new pg.Pool({ connectionString, max: 2 });
  const patchFields = (result: unknown): void => {
    const results = (Array.isArray(result) ? result : [result]) as Array<pg.QueryResult | undefined>;
    for (const r of results) for (const f of r?.fields ?? []) if (f.dataTypeID === 18) f.dataTypeID = 25;
  };
  pool.on("connect", (client) => {
    const original = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: unknown }).query = (...args: unknown[]) => {
      const last = args[args.length - 1];
      if (typeof last === "function") {
        // pg.Pool#query calls client.query with a callback
        const callback = last as (err: unknown, result: unknown) => void;
        return original(...args.slice(0, -1), (err: unknown, result: unknown) => {
          if (!err) patchFields(result);
          callback(err, result);
        });
      }
      const out = original(...args);
      return out instanceof Promise ? out.then((result: unknown) => (patchFields(result), result)) : out;
    };
  });
  return pool;
}

interface EngineHandle {
  engine: SchemaEngine;
  paths: ProviderPaths;
  close(): Promise<void>;
}

async function openEngine(root: string, databaseUrl: string, shadowUrl?: string): Promise<EngineHandle> {
  loadWasm();
  const provider = databaseProvider(databaseUrl);
  const paths = providerPaths(root, provider);
  const cleanups: Array<() => Promise<void>> = [];
  let factory: SqlMigrationAwareDriverAdapterFactory;

  if (provider === "sqlite") {
    const file = sqliteFilePath(databaseUrl, root);
    if (file !== ":memory:") mkdirSync(path.dirname(file), { recursive: true });
    const inner = new PrismaBetterSqlite3({ url: file });
    const shadow = new PrismaBetterSqlite3({ url: ":memory:" });
    // Close every connection the engine opened, or the file stays locked for other clients.
    const tracked = async (adapter: Promise<SqlDriverAdapter>) => {
      const a = await adapter;
      cleanups.unshift(() => a.dispose());
      return scriptingSqlite(a);
    };
    factory = {
      provider: inner.provider,
      adapterName: inner.adapterName,
      connect: () => tracked(inner.connect()),
      connectToShadowDb: () => tracked(shadow.connect()),
    };
  } else {
    const mainPool = catalogSafePool(databaseUrl);
    cleanups.push(() => mainPool.end());
    const inner = new PrismaPg(mainPool);
    factory = {
      provider: inner.provider,
      adapterName: inner.adapterName,
      connect: () => inner.connect(),
      // adapter-pg's own shadow connection reuses the main database: make a throwaway one.
      connectToShadowDb: async () => {
        let url = shadowUrl;
        if (!url) {
          const name = `quorum_shadow_${randomBytes(6).toString("hex")}`;
          const admin = new pg.Client({ connectionString: databaseUrl });
          await admin.connect();
          await admin.query(`CREATE DATABASE "${name}"`);
          await admin.end();
          const u = new URL(databaseUrl);
          u.pathname = `/${name}`;
          url = u.toString();
          cleanups.push(async () => {
            const dropper = new pg.Client({ connectionString: databaseUrl });
            await dropper.connect();
            await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
            await dropper.end();
          });
        }
        const shadowPool = catalogSafePool(url);
        cleanups.unshift(() => shadowPool.end());
        return new PrismaPg(shadowPool).connect();
      },
    };
  }

  const schema = readFileSync(paths.schemaPath, "utf8");
  const logs: string[] = [];
  const engine = await glue.SchemaEngine.new(
    { datamodels: [[paths.schemaPath, schema]] },
    (line: string) => {
      logs.push(line);
    },
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  return {
    engine,
    paths,
    close: async () => {
      engine.free();
      for (const c of cleanups) await c().catch(() => undefined);
    },
  };
}

function wrapError(action: string, error: unknown): MigrationError {
  const message = error instanceof Error ? error.message : JSON.stringify(error);
  return new MigrationError(`${action} failed: ${message}`);
}

async function withEngine<T>(root: string, databaseUrl: string, action: string, fn: (h: EngineHandle) => Promise<T>): Promise<T> {
  const handle = await openEngine(root, databaseUrl);
  try {
    return await fn(handle);
  } catch (error) {
    throw error instanceof MigrationError ? error : wrapError(action, error);
  } finally {
    await handle.close();
  }
}

/** `migrate deploy`: applies every migration not yet applied; returns their names. */
export async function applyMigrations(root: string, databaseUrl: string): Promise<string[]> {
  return withEngine(root, databaseUrl, "Applying migrations", async ({ engine, paths }) => {
    const out = await engine.applyMigrations({ migrationsList: loadMigrations(paths.migrationsDir), filters: NO_FILTER });
    return out.appliedMigrationNames;
  });
}

export interface MigrationStatus {
  applied: boolean;
  unapplied: string[];
  failed: string[];
  edited: string[];
  diverged: boolean;
}

/** `migrate status` */
export async function migrationStatus(root: string, databaseUrl: string): Promise<MigrationStatus> {
  return withEngine(root, databaseUrl, "Reading migration status", async ({ engine, paths }) => {
    const out = await engine.diagnoseMigrationHistory({
      migrationsList: loadMigrations(paths.migrationsDir),
      optInToShadowDatabase: false,
      filters: NO_FILTER,
    });
    const history = out.history;
    const unapplied =
      history?.diagnostic === "databaseIsBehind" || history?.diagnostic === "historiesDiverge"
        ? history.unappliedMigrationNames
        : [];
    return {
      applied: out.hasMigrationsTable && history === null && out.failedMigrationNames.length === 0,
      unapplied,
      failed: out.failedMigrationNames,
      edited: out.editedMigrationNames,
      diverged: history !== null && history.diagnostic !== "databaseIsBehind",
    };
  });
}

/**
 * `migrate diff --from-migrations --to-schema-datamodel --script`: the SQL that would bring a
 * database built from the migration history to the schema. Empty when they are in step.
 */
export async function pendingSchemaChange(root: string, databaseUrl: string): Promise<string> {
  return withEngine(root, databaseUrl, "Diffing migrations against the schema", async ({ engine, paths }) => {
    const schema = readFileSync(paths.schemaPath, "utf8");
    const out = await engine.diff({
      from: { tag: "migrations", ...loadMigrations(paths.migrationsDir) },
      to: { tag: "schemaDatamodel", files: [{ path: paths.schemaPath, content: schema }] },
      script: true,
      exitCode: null,
      filters: NO_FILTER,
    });
    return (out.stdout ?? "").replace(/^-- This is an empty migration\.\s*$/m, "").trim();
  });
}

/** `migrate dev --create-only`: writes a new migration folder for the schema's changes. */
export async function createMigration(root: string, databaseUrl: string, name: string, now: Date): Promise<string | null> {
  return withEngine(root, databaseUrl, "Creating a migration", async ({ engine, paths }) => {
    // A fresh database has no _prisma_migrations table yet; applying the history creates it.
    await engine.applyMigrations({ migrationsList: loadMigrations(paths.migrationsDir), filters: NO_FILTER });
    const diagnostic = await engine.devDiagnostic({ migrationsList: loadMigrations(paths.migrationsDir), filters: NO_FILTER });
    if (diagnostic.action.tag === "reset") {
      throw new MigrationError(`The database needs a reset before a new migration can be made: ${diagnostic.action.reason}`);
    }
    const schema = readFileSync(paths.schemaPath, "utf8");
    const out = await engine.createMigration({
      draft: false,
      migrationName: name,
      migrationsList: loadMigrations(paths.migrationsDir),
      schema: { files: [{ path: paths.schemaPath, content: schema }] },
      filters: NO_FILTER,
    });
    if (out.migrationScript === null) return null;
    const stamp = now.toISOString().replace(/[-:T]/g, "").slice(0, 14);
    const folder = `${stamp}_${name}`;
    mkdirSync(path.join(paths.migrationsDir, folder), { recursive: true });
    writeFileSync(path.join(paths.migrationsDir, folder, "migration.sql"), out.migrationScript);
    const lock = path.join(paths.migrationsDir, "migration_lock.toml");
    if (!existsSync(lock)) {
      writeFileSync(
        lock,
        `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${out.connectorType}"\n`,
      );
    }
    await engine.applyMigrations({ migrationsList: loadMigrations(paths.migrationsDir), filters: NO_FILTER });
    return folder;
  });
}

/** `migrate reset`: empties the database, then applies the whole history. */
export async function resetDatabase(root: string, databaseUrl: string): Promise<string[]> {
  await withEngine(root, databaseUrl, "Resetting the database", async ({ engine }) => {
    await engine.reset({ filter: NO_FILTER });
  });
  return applyMigrations(root, databaseUrl);
}

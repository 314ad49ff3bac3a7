import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import Database from "better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter } from "@prisma/driver-adapter-utils";
import { databaseProvider } from "../env";
import { PrismaClient as PostgresClient } from "./generated/postgresql/client";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { sqliteFilePath } from "./sqlite-path";
import { registerAdapter, trackAdapter, type AdapterHandle } from "./sql";
import { cacheStatements } from "./statement-cache";

/**
 * The Prisma client type the data layer codes against. Both generated clients come from the
 * same models (prisma/postgresql/schema.prisma is derived from prisma/schema.prisma), so they
 * expose the same API; only the provider baked into each differs.
 */
export type Db = SqliteClient;

/**
 * SQLite in WAL mode with synchronous=FULL: readers never wait for a writer, and every commit
 * is one fsync of the WAL, so an acknowledged answer survives an OS crash or power loss too
 * (the "acknowledged only after it is durably stored"). NORMAL would be faster but can
 * drop the last commits on power loss. The default rollback journal paid several fsyncs.
 */
class TunedSqliteAdapterFactory extends PrismaBetterSqlite3 {
  /** The connected adapter, for the hand-written SQL of lib/db/sql.ts (same connection and lock). */
  readonly handle: AdapterHandle = { provider: "sqlite", current: null };

  override async connect(): Promise<SqlDriverAdapter> {
    const adapter = await super.connect();
    await adapter.executeScript("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;");
    // The adapter keeps its better-sqlite3 connection as `client` (not part of its typed API:
    // if a release renames it, statements are simply compiled every time again, as before).
    const connection = (adapter as unknown as { client?: unknown }).client;
    if (connection instanceof Database) cacheStatements(connection);
    return trackAdapter(this.handle, adapter);
  }
}

/** Keeps the connected adapter so lib/db/sql.ts can run statements on Prisma's own pool. */
class PgAdapterFactory extends PrismaPg {
  readonly handle: AdapterHandle = { provider: "postgresql", current: null };

  override async connect(): Promise<Awaited<ReturnType<PrismaPg["connect"]>>> {
    return trackAdapter(this.handle, await super.connect());
  }
}

export function createDb(databaseUrl: string): Db {
  if (databaseProvider(databaseUrl) === "sqlite") {
    const adapter = new TunedSqliteAdapterFactory({ url: sqliteFilePath(databaseUrl), timeout: 10_000 });
    const client = new SqliteClient({ adapter });
    registerAdapter(client, adapter.handle);
    return client;
  }
  const adapter = new PgAdapterFactory({ connectionString: databaseUrl, max: 20 });
  // The one seam between the two generated clients: same models, same methods.
  const client = new PostgresClient({ adapter }) as unknown as Db;
  registerAdapter(client, adapter.handle);
  return client;
}

import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { databaseProvider } from "../env";
import { PrismaClient as PostgresClient } from "./generated/postgresql/client";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { sqliteFilePath } from "./sqlite-path";

/**
 * The Prisma client type the data layer codes against. Both generated clients come from the
 * same models (prisma/postgresql/schema.prisma is derived from prisma/schema.prisma), so they
 * expose the same API; only the provider baked into each differs.
 */
export type Db = SqliteClient;

export function createDb(databaseUrl: string): Db {
  if (databaseProvider(databaseUrl) === "sqlite") {
    const adapter = new PrismaBetterSqlite3({ url: sqliteFilePath(databaseUrl), timeout: 10_000 });
    return new SqliteClient({ adapter });
  }
  const adapter = new PrismaPg({ connectionString: databaseUrl, max: 20 });
  // The one seam between the two generated clients: same models, same methods.
  return new PostgresClient({ adapter }) as unknown as Db;
}

import "server-only";
import { env } from "../env";
import { createDb, type Db } from "./client";

// One Prisma client per process, kept on globalThis so dev-mode hot reloads reuse it.
const globalForDb = globalThis as unknown as { quorumDb?: Db };

export function db(): Db {
  globalForDb.quorumDb ??= createDb(env().DATABASE_URL);
  return globalForDb.quorumDb;
}

export type { Db } from "./client";

import "server-only";
import { db, type Db } from "@/lib/db";

/** True when the database answers a trivial query within the time limit. */
export async function databaseReachable(client: Db = db(), timeoutMs = 2_000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    const probe = client.$queryRawUnsafe("SELECT 1").then(() => true as const);
    return await Promise.race([probe, timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

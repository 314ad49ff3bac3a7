import "server-only";
import { db, type Db } from "@/lib/db";

export interface UserSummary {
  id: string;
  email: string;
  name: string;
}

const summary = { id: true, email: true, name: true } as const;

export function findUserById(id: string, client: Db = db()): Promise<UserSummary | null> {
  return client.user.findUnique({ where: { id }, select: summary });
}

export function findUserCredentials(email: string, client: Db = db()) {
  return client.user.findUnique({ where: { email }, select: { ...summary, passwordHash: true } });
}

/** Times of failed sign-in attempts for an email since a moment (for throttling). */
export async function failedSignInTimes(email: string, since: Date, client: Db = db()): Promise<Date[]> {
  const rows = await client.loginAttempt.findMany({
    where: { email, success: false, createdAt: { gt: since } },
    select: { createdAt: true },
    orderBy: { createdAt: "desc" },
    take: 50,
  });
  return rows.map((r) => r.createdAt);
}

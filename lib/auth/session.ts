import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { findSessionUser, type SessionUser, type UserSummary } from "@/lib/data/users";
import { auth } from "./config";
import { sessionStillValid } from "./revocation";
import { SessionCache } from "./session-cache";
import { safeCallbackPath } from "./validation";

export const REQUEST_PATH_HEADER = "x-quorum-path";

interface DecodedSession {
  userId: string;
  /** When the session signed in (epoch ms; 0 if it predates recording it). */
  signedInAt: number;
}

// One cache per process, kept on globalThis: Next bundles pages, actions and API routes apart,
// each with its own copy of this module, and revoking a user's sessions must reach them all.
const processCache = globalThis as unknown as { quorumDecodedSessions?: SessionCache<DecodedSession> };
const decodedSessions = (processCache.quorumDecodedSessions ??= new SessionCache<DecodedSession>({ ttlMs: 60_000, maxEntries: 5_000 }));

/**
 * The signed-in session from the cookie, or null. A cookie decoded in the last minute is not
 * decoded again (see SessionCache); when one is decoded, the user is read to check that the
 * account still exists and has not revoked the session (a password change).
 */
async function decodedSession(): Promise<{ session: DecodedSession; user?: SessionUser } | null> {
  const cookie = (await headers()).get("cookie");
  const now = Date.now();
  const known = cookie ? decodedSessions.get(cookie, now) : undefined;
  if (known !== undefined) return { session: known };
  const session = await auth();
  const userId = session?.user?.id;
  if (!session || !userId) return null;
  const decoded = { userId, signedInAt: session.signedInAt ?? 0 };
  const found = await findSessionUser(userId);
  if (!found || !sessionStillValid(decoded.signedInAt, found.sessionsValidFrom)) return null;
  const expires = Date.parse(session.expires);
  if (cookie && Number.isFinite(expires)) decodedSessions.set(cookie, decoded, now, expires);
  // The user just read, so a page does not read it a second time.
  return { session: decoded, user: found };
}

/**
 * The id of the signed-in user, or null: for API routes, which read no user row per request.
 * A revoked session stops counting here within the cache's minute (at once on the instance
 * that revoked it).
 */
export async function sessionUserIdOrNull(): Promise<string | null> {
  return (await decodedSession())?.session.userId ?? null;
}

/** Forgets this instance's remembered sessions of a user (after their password changed). */
export function forgetSessionsOf(userId: string): void {
  decodedSessions.forget((s) => s.userId === userId);
}

/** The signed-in user for this request, read once per request; null when signed out. */
export const currentUser = cache(async (): Promise<UserSummary | null> => {
  const decoded = await decodedSession();
  if (!decoded) return null;
  // Read on every page: a deleted account or a revoked session no longer counts as signed in.
  const found = decoded.user ?? (await findSessionUser(decoded.session.userId));
  return found && sessionStillValid(decoded.session.signedInAt, found.sessionsValidFrom) ? found.user : null;
});

/** For pages and actions: the signed-in user, or a redirect to sign-in that comes back here. */
export async function requireUser(): Promise<UserSummary> {
  const user = await currentUser();
  if (user) return user;
  const path = safeCallbackPath((await headers()).get(REQUEST_PATH_HEADER), "/today");
  redirect(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
}

import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { findUserById, type UserSummary } from "@/lib/data/users";
import { auth } from "./config";
import { SessionCache } from "./session-cache";
import { safeCallbackPath } from "./validation";

export const REQUEST_PATH_HEADER = "x-quorum-path";

const decodedSessions = new SessionCache({ ttlMs: 60_000, maxEntries: 5_000 });

/**
 * The id of the signed-in user from the session cookie (no database read), or null. A cookie
 * decoded in the last minute is not decoded again (see SessionCache).
 */
export async function sessionUserIdOrNull(): Promise<string | null> {
  const cookie = (await headers()).get("cookie");
  const now = Date.now();
  const known = cookie ? decodedSessions.get(cookie, now) : undefined;
  if (known !== undefined) return known;
  const session = await auth();
  const id = session?.user?.id ?? null;
  const expires = session ? Date.parse(session.expires) : Number.NaN;
  if (cookie && id && Number.isFinite(expires)) decodedSessions.set(cookie, id, now, expires);
  return id;
}

/** The signed-in user for this request, read once per request; null when signed out. */
export const currentUser = cache(async (): Promise<UserSummary | null> => {
  const id = await sessionUserIdOrNull();
  if (!id) return null;
  return findUserById(id); // a deleted account no longer counts as signed in
});

/** For pages and actions: the signed-in user, or a redirect to sign-in that comes back here. */
export async function requireUser(): Promise<UserSummary> {
  const user = await currentUser();
  if (user) return user;
  const path = safeCallbackPath((await headers()).get(REQUEST_PATH_HEADER), "/today");
  redirect(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
}

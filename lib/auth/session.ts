import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { findUserById, type UserSummary } from "@/lib/data/users";
import { auth } from "./config";
import { safeCallbackPath } from "./validation";

export const REQUEST_PATH_HEADER = "x-quorum-path";

/** The signed-in user for this request, read once per request; null when signed out. */
export const currentUser = cache(async (): Promise<UserSummary | null> => {
  const session = await auth();
  const id = session?.user?.id;
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

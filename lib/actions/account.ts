"use server";

import { AuthError } from "next-auth";
import { signIn, signOut } from "@/lib/auth/config";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { forgetSessionsOf, requireUser } from "@/lib/auth/session";
import { retryMessage, throttleDecision, WINDOW_MS } from "@/lib/auth/throttle";
import {
  changePasswordSchema,
  deleteAccountSchema,
  fieldErrorsOf,
  type ChangePasswordInput,
  type DeleteAccountInput,
} from "@/lib/auth/validation";
import { failedSignInTimes, findUserCredentials } from "@/lib/data/users";
import { changePasswordHash, deleteUserAccount, recordSignInAttempt, revokeSessions } from "@/lib/db/users";
import { formText, type FormState } from "./form-state";

/**
 * Checks a password typed to confirm an account change, counted like a sign-in: a wrong one is
 * a failed attempt for the email, and the same throttle applies, so a session left open cannot
 * be used to guess the password. Returns the message to show, or null when it is right.
 */
async function confirmPassword(user: { id: string; email: string }, passwordHash: string, password: string): Promise<string | null> {
  const now = new Date();
  const failures = await failedSignInTimes(user.email, new Date(now.getTime() - WINDOW_MS));
  const before = throttleDecision(failures, now);
  if (!before.allowed) return retryMessage(before.retryAfterMs);
  const ok = await verifyPassword(passwordHash, password);
  await recordSignInAttempt({ email: user.email, userId: user.id, success: ok, at: now });
  if (ok) return null;
  const after = throttleDecision([now, ...failures], now);
  return after.allowed ? "That is not your current password." : retryMessage(after.retryAfterMs);
}

export async function changePasswordAction(_prev: FormState<keyof ChangePasswordInput>, data: FormData): Promise<FormState<keyof ChangePasswordInput>> {
  const user = await requireUser();
  const parsed = changePasswordSchema.safeParse({
    currentPassword: formText(data, "currentPassword"),
    newPassword: formText(data, "newPassword"),
    confirmPassword: formText(data, "confirmPassword"),
  });
  if (!parsed.success) return { status: "error", message: "Check the highlighted fields.", fieldErrors: fieldErrorsOf(parsed.error) };
  const credentials = await findUserCredentials(user.email);
  if (!credentials?.passwordHash) {
    const message = "This account signs in with GitHub and has no password to change.";
    return { status: "error", message, fieldErrors: { currentPassword: message } };
  }
  const wrong = await confirmPassword(user, credentials.passwordHash, parsed.data.currentPassword);
  if (wrong) return { status: "error", message: wrong, fieldErrors: { currentPassword: wrong } };

  const now = new Date();
  await changePasswordHash(user.id, await hashPassword(parsed.data.newPassword), now);
  forgetSessionsOf(user.id);
  try {
    // A fresh session for this browser (signed in after the change); every other one is revoked.
    await signIn("credentials", { email: user.email, password: parsed.data.newPassword, redirectTo: "/settings?account=password-changed" });
  } catch (error) {
    if (error instanceof AuthError) {
      return { status: "error", message: "Your password was changed, but signing in again failed. Please sign in with the new password." };
    }
    throw error; // includes Next's redirect on success
  }
  return { status: "idle" };
}

const EMAIL_TO_CONFIRM = "Type your account's email address to confirm.";

export async function deleteAccountAction(_prev: FormState<keyof DeleteAccountInput>, data: FormData): Promise<FormState<keyof DeleteAccountInput>> {
  const user = await requireUser();
  const credentials = await findUserCredentials(user.email);
  const parsed = deleteAccountSchema.safeParse({ confirmation: formText(data, "confirmation") });
  if (!parsed.success) {
    const fieldErrors = credentials?.passwordHash ? fieldErrorsOf(parsed.error) : { confirmation: EMAIL_TO_CONFIRM };
    return { status: "error", message: "Check the highlighted field.", fieldErrors };
  }
  if (credentials?.passwordHash) {
    const wrong = await confirmPassword(user, credentials.passwordHash, parsed.data.confirmation);
    if (wrong) return { status: "error", message: wrong, fieldErrors: { confirmation: wrong } };
  } else if (parsed.data.confirmation.trim().toLowerCase() !== user.email) {
    return { status: "error", message: EMAIL_TO_CONFIRM, fieldErrors: { confirmation: EMAIL_TO_CONFIRM } };
  }
  await deleteUserAccount(user.id);
  forgetSessionsOf(user.id);
  await signOut({ redirectTo: "/sign-in?accountDeleted=1" });
  return { status: "idle" };
}

/** Signs this and every other browser out of the account (sessions are cookies: see revocation). */
export async function signOutEverywhereAction(): Promise<void> {
  const user = await requireUser();
  await revokeSessions(user.id, new Date());
  forgetSessionsOf(user.id);
  await signOut({ redirectTo: "/sign-in?signedOut=everywhere" });
}

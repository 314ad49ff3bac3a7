"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { signIn } from "@/lib/auth/config";
import { retryMessage, throttleDecision, WINDOW_MS } from "@/lib/auth/throttle";
import { fieldErrorsOf, safeCallbackPath, signInSchema, type SignInInput } from "@/lib/auth/validation";
import { failedSignInTimes } from "@/lib/data/users";
import { formText, type FormState } from "./form-state";

type Field = keyof SignInInput | "callbackUrl";

async function throttledMessage(email: string): Promise<string | null> {
  const now = new Date();
  const decision = throttleDecision(await failedSignInTimes(email, new Date(now.getTime() - WINDOW_MS)), now);
  return decision.allowed ? null : retryMessage(decision.retryAfterMs);
}

export async function signInWithPassword(_prev: FormState<Field>, data: FormData): Promise<FormState<Field>> {
  const raw = { email: formText(data, "email"), password: formText(data, "password") };
  const callbackUrl = safeCallbackPath(formText(data, "callbackUrl"));
  const values = { email: raw.email, callbackUrl };
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) {
    return { status: "error", message: "Check the highlighted fields.", fieldErrors: fieldErrorsOf(parsed.error), values };
  }
  const blocked = await throttledMessage(parsed.data.email);
  if (blocked) return { status: "error", message: blocked, fieldErrors: { email: blocked }, values };

  try {
    await signIn("credentials", { ...parsed.data, redirectTo: callbackUrl });
  } catch (error) {
    if (error instanceof AuthError && error.type === "CredentialsSignin") {
      const nowBlocked = await throttledMessage(parsed.data.email);
      if (nowBlocked || (error instanceof CredentialsSignin && error.code === "throttled")) {
        const message = nowBlocked ?? retryMessage(WINDOW_MS);
        return { status: "error", message, fieldErrors: { email: message }, values };
      }
      // Same words whether the email is unknown or the password wrong: no account enumeration.
      const message = "That email and password do not match an account.";
      return { status: "error", message, fieldErrors: { password: message }, values };
    }
    throw error; // includes Next's redirect on success
  }
  return { status: "idle" };
}

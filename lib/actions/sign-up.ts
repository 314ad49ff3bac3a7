"use server";

import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth/config";
import { hashPassword } from "@/lib/auth/password";
import { fieldErrorsOf, safeCallbackPath, signUpSchema, type SignUpInput } from "@/lib/auth/validation";
import { createPasswordUser, EmailTakenError } from "@/lib/db/users";
import { formText, type FormState } from "./form-state";

type Field = keyof SignUpInput | "callbackUrl";

export async function signUpWithPassword(_prev: FormState<Field>, data: FormData): Promise<FormState<Field>> {
  const raw = { name: formText(data, "name"), email: formText(data, "email"), password: formText(data, "password") };
  const callbackUrl = safeCallbackPath(formText(data, "callbackUrl"));
  const values = { name: raw.name, email: raw.email, callbackUrl };
  const parsed = signUpSchema.safeParse(raw);
  if (!parsed.success) {
    return { status: "error", message: "Check the highlighted fields.", fieldErrors: fieldErrorsOf(parsed.error), values };
  }
  try {
    await createPasswordUser({
      name: parsed.data.name,
      email: parsed.data.email,
      passwordHash: await hashPassword(parsed.data.password),
    });
  } catch (error) {
    if (error instanceof EmailTakenError) {
      const message = "This email cannot be used for a new account. If it is yours, sign in instead.";
      return { status: "error", message, fieldErrors: { email: message }, values };
    }
    throw error;
  }
  try {
    await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirectTo: callbackUrl });
  } catch (error) {
    if (error instanceof AuthError) {
      return { status: "error", message: "Your account was created, but signing in failed. Please sign in.", values };
    }
    throw error;
  }
  return { status: "idle" };
}

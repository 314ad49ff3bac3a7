import { z } from "zod";

// One schema per form, shared by the form (field hints) and the server action (the check).

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 256;

export const emailSchema = z
  .string({ error: "Enter your email address" })
  .trim()
  .min(1, "Enter your email address")
  .max(254, "That email address is too long")
  .pipe(z.email({ error: "Enter a valid email address, like you@example.com" }))
  .transform((email) => email.toLowerCase());

export const signUpSchema = z.object({
  name: z.string({ error: "Enter your name" }).trim().min(1, "Enter your name").max(80, "Use at most 80 characters"),
  email: emailSchema,
  password: z
    .string({ error: "Choose a password" })
    .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters`)
    .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters`),
});

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string({ error: "Enter your password" }).min(1, "Enter your password").max(PASSWORD_MAX, "That password is too long"),
});

export type SignUpInput = z.infer<typeof signUpSchema>;
export type SignInInput = z.infer<typeof signInSchema>;

export type FieldErrors<T> = Partial<Record<keyof T & string, string>>;

/** zod issues → the first message per field, for showing next to each input. */
export function fieldErrorsOf<T>(error: z.ZodError<T>): FieldErrors<T> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    out[key] ??= issue.message;
  }
  return out as FieldErrors<T>;
}

/** Only same-site relative paths may be redirect targets (no open redirects). */
export function safeCallbackPath(raw: unknown, fallback = "/today"): string {
  if (typeof raw !== "string" || raw === "") return fallback;
  if (!raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) return fallback;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u001f]/.test(raw)) return fallback;
  if (raw.startsWith("/sign-in") || raw.startsWith("/sign-up") || raw.startsWith("/api/auth")) return fallback;
  return raw;
}

const newPasswordSchema = z
  .string({ error: "Choose a new password" })
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters`)
  .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters`);

export const changePasswordSchema = z
  .object({
    currentPassword: z.string({ error: "Enter your current password" }).min(1, "Enter your current password").max(PASSWORD_MAX, "That password is too long"),
    newPassword: newPasswordSchema,
    confirmPassword: z.string({ error: "Repeat the new password" }),
  })
  .superRefine((value, ctx) => {
    if (value.newPassword === value.currentPassword) {
      ctx.addIssue({ code: "custom", path: ["newPassword"], message: "Choose a password different from the current one" });
    }
    if (value.confirmPassword !== value.newPassword) {
      ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "This does not match the new password" });
    }
  });

/** Deleting an account: the password (or, for an account without one, its email) confirms it. */
export const deleteAccountSchema = z.object({
  confirmation: z.string({ error: "Enter your password to confirm" }).min(1, "Enter your password to confirm").max(PASSWORD_MAX, "That is too long"),
});

export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;
export type DeleteAccountInput = z.infer<typeof deleteAccountSchema>;

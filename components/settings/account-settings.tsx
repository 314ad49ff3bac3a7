"use client";

import { useActionState } from "react";
import { changePasswordAction, deleteAccountAction } from "@/lib/actions/account";
import { idleState, type FormState } from "@/lib/actions/form-state";
import { PASSWORD_MIN } from "@/lib/auth/validation";
import { FormMessage } from "@/components/auth/form-message";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

/** Changing the password: every other session is signed out, this browser stays signed in. */
export function ChangePasswordForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(changePasswordAction, idleState);
  return (
    <form action={action} noValidate className="max-w-md space-y-4" aria-describedby="change-password-status" data-testid="change-password">
      <FormMessage id="change-password-status" state={state} />
      <Field name="currentPassword" label="Current password" type="password" autoComplete="current-password" required error={state.fieldErrors?.currentPassword} />
      <Field
        name="newPassword"
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN}
        hint={`At least ${PASSWORD_MIN} characters. Other browsers and devices will be signed out.`}
        error={state.fieldErrors?.newPassword}
      />
      <Field name="confirmPassword" label="Repeat the new password" type="password" autoComplete="new-password" required error={state.fieldErrors?.confirmPassword} />
      <Button type="submit" disabled={pending}>
        {pending ? "Changing your password…" : "Change password"}
      </Button>
    </form>
  );
}

/** Deleting the account, confirmed by the password (or the email, for an account without one). */
export function DeleteAccountForm({ hasPassword }: { hasPassword: boolean }) {
  const [state, action, pending] = useActionState<FormState, FormData>(deleteAccountAction, idleState);
  return (
    <form
      action={action}
      noValidate
      className="max-w-md space-y-4 rounded-lg border border-red-300 p-4 dark:border-red-800"
      aria-describedby="delete-account-status"
      data-testid="delete-account"
    >
      <p className="text-sm text-zinc-700 dark:text-zinc-300">
        Deletes your account and everything in it: your schedule, every answer, your settings, fitted parameters and mock interviews. This
        cannot be undone; export your review history first if you may want it later.
      </p>
      <FormMessage id="delete-account-status" state={state} />
      {hasPassword ? (
        <Field name="confirmation" label="Your password, to confirm" type="password" autoComplete="current-password" required error={state.fieldErrors?.confirmation} />
      ) : (
        <Field name="confirmation" label="Your email address, to confirm" type="email" autoComplete="off" required error={state.fieldErrors?.confirmation} />
      )}
      <Button type="submit" variant="danger" disabled={pending}>
        {pending ? "Deleting your account…" : "Delete my account"}
      </Button>
    </form>
  );
}

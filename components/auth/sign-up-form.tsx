"use client";

import Link from "next/link";
import { useActionState } from "react";
import { signUpWithPassword } from "@/lib/actions/sign-up";
import { idleState, type FormState } from "@/lib/actions/form-state";
import { PASSWORD_MIN } from "@/lib/auth/validation";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "./form-message";

export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(signUpWithPassword, idleState);
  return (
    <form action={action} noValidate className="space-y-4" aria-describedby="sign-up-status">
      <FormMessage id="sign-up-status" state={state} />
      <input type="hidden" name="callbackUrl" value={state.values?.callbackUrl ?? callbackUrl} />
      <Field name="name" label="Name" autoComplete="name" required defaultValue={state.values?.name} error={state.fieldErrors?.name} />
      <Field
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        error={state.fieldErrors?.email}
      />
      <Field
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN}
        hint={`At least ${PASSWORD_MIN} characters. A short sentence works well.`}
        error={state.fieldErrors?.password}
      />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Creating your account…" : "Create account"}
      </Button>
      <p className="text-center text-sm text-zinc-600 dark:text-zinc-400">
        Already have an account?{" "}
        <Link className="font-semibold text-brand-600 underline-offset-2 hover:underline dark:text-brand-300" href={`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`}>
          Sign in
        </Link>
      </p>
    </form>
  );
}

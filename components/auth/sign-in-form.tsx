"use client";

import Link from "next/link";
import { useActionState } from "react";
import { signInWithPassword } from "@/lib/actions/sign-in";
import { idleState, type FormState } from "@/lib/actions/form-state";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "./form-message";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(signInWithPassword, idleState);
  return (
    <form action={action} noValidate className="space-y-4" aria-describedby="sign-in-status">
      <FormMessage id="sign-in-status" state={state} />
      <input type="hidden" name="callbackUrl" value={state.values?.callbackUrl ?? callbackUrl} />
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
        autoComplete="current-password"
        required
        error={state.fieldErrors?.password}
      />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
      <p className="text-center text-sm text-zinc-600 dark:text-zinc-400">
        New to Quorum?{" "}
        <Link className="font-semibold text-brand-600 underline-offset-2 hover:underline dark:text-brand-300" href={`/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}`}>
          Create an account
        </Link>
      </p>
    </form>
  );
}

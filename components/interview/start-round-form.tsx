"use client";

import { useActionState } from "react";
import { startInterviewRound } from "@/lib/actions/interview/start-round";
import { idleState, type FormState } from "@/lib/actions/form-state";
import { ROUND_DEFINITIONS, ROUND_KINDS, type RoundQuery } from "@/lib/interview";
import { FormMessage } from "@/components/auth/form-message";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useFocusOnMount } from "@/components/ui/use-focus-on-mount";

export interface TopicOption {
  value: string;
  count: number;
}

/** Pick a round type, topics and (optionally) a seed; a shared link fills these in. */
export function StartRoundForm({ initial, topics }: { initial: RoundQuery; topics: readonly TopicOption[] }) {
  const [state, action, pending] = useActionState<FormState<"kind" | "seed" | "topics">, FormData>(startInterviewRound, idleState);
  const kind = state.values?.kind ?? initial.kind;
  const seed = state.values?.seed ?? (initial.seed === null ? "" : String(initial.seed));
  const chosen = new Set(state.values?.topics !== undefined ? state.values.topics.split(",") : initial.topics);
  // Enter starts the round (a shared link is opened and run by keyboard), and the page still
  // opens at its top.
  const start = useFocusOnMount<HTMLButtonElement>();
  return (
    <form action={action} noValidate className="space-y-6" aria-describedby="start-status" data-testid="start-round-form">
      <FormMessage id="start-status" state={state} />
      <fieldset className="space-y-2">
        <legend className="mb-1 text-sm font-semibold">Round</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {ROUND_KINDS.map((k) => (
            <label key={k} className="flex min-h-11 cursor-pointer items-start gap-3 rounded-lg border border-zinc-200 p-3 has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50 dark:border-zinc-800 dark:has-[:checked]:bg-zinc-900">
              <input type="radio" name="kind" value={k} defaultChecked={k === kind} className="mt-1" />
              <span>
                <span className="block font-semibold">{ROUND_DEFINITIONS[k].label}</span>
                <span className="block text-sm text-zinc-600 dark:text-zinc-400">{ROUND_DEFINITIONS[k].description}</span>
              </span>
            </label>
          ))}
        </div>
        {state.fieldErrors?.kind ? <p className="text-sm text-red-600">{state.fieldErrors.kind}</p> : null}
      </fieldset>
      <fieldset>
        <legend className="mb-1 text-sm font-semibold">Topics (none ticked = the whole library)</legend>
        <div className="flex flex-wrap gap-2">
          {topics.map((t) => (
            <label key={t.value} className="flex min-h-11 cursor-pointer items-center gap-2 rounded-full border border-zinc-300 px-3 text-sm has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50 dark:border-zinc-700 dark:has-[:checked]:bg-zinc-900">
              <input type="checkbox" name="topics" value={t.value} defaultChecked={chosen.has(t.value)} />
              {t.value} <span className="text-zinc-500 dark:text-zinc-400">({t.count})</span>
            </label>
          ))}
        </div>
        {state.fieldErrors?.topics ? <p className="text-sm text-red-600">{state.fieldErrors.topics}</p> : null}
      </fieldset>
      <div className="max-w-xs">
        <Field
          name="seed"
          label="Seed (optional)"
          inputMode="numeric"
          autoComplete="off"
          defaultValue={seed}
          error={state.fieldErrors?.seed}
          hint="Blank: questions lean toward your weak cards. A seed draws the same questions for anyone, so the link can be shared."
        />
      </div>
      <Button ref={start} type="submit" disabled={pending} className="w-full sm:w-auto">
        {pending ? "Drawing questions…" : "Start round"}
      </Button>
    </form>
  );
}

"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { LearnMoreNewResult } from "./types";

/** How many new cards one "learn more" adds to today's allowance. */
const STEP = 10;

/**
 * The end-of-day offer to learn more new cards today (Anki's custom study). The allowance is
 * for today only; tomorrow the new-card limit from Settings applies again.
 */
export function LearnMoreNew({ heldBack, extraNew, learnMoreNew }: { heldBack: number; extraNew: number; learnMoreNew: (extra: number) => Promise<LearnMoreNewResult> }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  if (heldBack <= 0) return null;
  const step = Math.min(STEP, heldBack);

  const ask = () =>
    startTransition(async () => {
      setError(null);
      // The day's total, not an increment: the same request sent twice allows the same cards.
      const result = await learnMoreNew(extraNew + step).catch(() => ({ ok: false, message: "The server could not be reached; try again." }) as const);
      if (!result.ok) {
        setError(result.message);
        return;
      }
      router.refresh();
    });

  return (
    <div className="mt-4 text-sm" data-testid="learn-more-new">
      <button
        type="button"
        onClick={ask}
        disabled={pending}
        className="rounded-md border border-brand-600 px-3 py-1.5 font-semibold text-brand-700 hover:bg-brand-50 disabled:cursor-not-allowed disabled:opacity-60 dark:border-brand-300 dark:text-brand-300 dark:hover:bg-zinc-800"
      >
        {pending ? "Adding new cards…" : `Learn ${step} more new card${step === 1 ? "" : "s"} today`}
      </button>
      <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
        {heldBack} new card{heldBack === 1 ? "" : "s"} wait beyond today&apos;s limit{extraNew > 0 ? ` (already ${extraNew} over it today)` : ""}.
      </p>
      {error ? (
        <p role="alert" className="mt-1 font-medium text-red-700 dark:text-red-300">
          {error}
        </p>
      ) : null}
    </div>
  );
}

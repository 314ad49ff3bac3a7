"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { postCardAction } from "@/components/review/card-actions";

/**
 * Takes a card out of the learner's reviews (a leech, say), or brings a suspended one back: what
 * the review loop's S does, from the card's note.
 */
export function SuspendButton({ cardId, suspended }: { cardId: string; suspended: boolean }) {
  const action = suspended ? "unsuspend" : "suspend";
  const label = suspended ? "Unsuspend" : "Suspend";
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [refreshing, startRefresh] = useTransition();
  const send = async () => {
    setSending(true);
    setError(null);
    try {
      const response = await postCardAction({ cardId, action });
      if (!response?.ok) {
        const body = response ? ((await response.json().catch(() => ({}))) as { message?: string }) : {};
        setError(body.message ?? `Could not ${action} the card: you seem to be offline. Try again.`);
        return;
      }
      startRefresh(() => router.refresh());
    } finally {
      setSending(false);
    }
  };
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        onClick={() => void send()}
        disabled={sending || refreshing}
        className="rounded-md border border-zinc-300 px-2 py-0.5 text-xs font-semibold text-brand-700 hover:bg-brand-50 disabled:opacity-50 dark:border-zinc-700 dark:text-brand-300 dark:hover:bg-zinc-800"
      >
        {sending || refreshing ? `${label}ing…` : label}
      </button>
      {error ? (
        <span role="alert" className="text-xs text-red-700 dark:text-red-300">
          {error}
        </span>
      ) : null}
    </span>
  );
}

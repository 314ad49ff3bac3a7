"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { completeInterviewRound } from "@/lib/actions/interview/complete-round";

/**
 * A completed round whose ratings did not all reach the schedule (the finishing request was cut
 * short) sends them now. Safe to repeat: each rating has a fixed idempotency key.
 */
export function FinishRatings({ roundId }: { roundId: string }) {
  const router = useRouter();
  const started = useRef(false);
  const [message, setMessage] = useState("Sending this round's ratings to your schedule…");
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    completeInterviewRound({ roundId })
      .then((result) => {
        setMessage(result.ok ? "Ratings sent." : result.message);
        if (result.ok) router.refresh();
      })
      .catch(() => setMessage("Could not reach the server: reload to try again."));
  }, [roundId, router]);
  return (
    <p role="status" aria-live="polite" className="text-sm text-zinc-600 dark:text-zinc-400">
      {message}
    </p>
  );
}

"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import { startOptimizationAction } from "@/lib/actions/start-optimization";
import { optimizationResponseSchema, type OptimizationView } from "@/lib/study/optimization-view";
import { Button } from "@/components/ui/button";

interface OptimizeScheduleProps {
  reviews: number;
  minReviews: number;
  optimized: boolean;
  initial: OptimizationView | null;
}

const POLL_MS = 1_000;
const number = new Intl.NumberFormat("en-US");

function inFlight(o: OptimizationView | null): boolean {
  return o?.status === "queued" || o?.status === "running";
}

/** "Optimize my schedule": starts a fit, follows its progress, shows the before/after log loss. */
export function OptimizeSchedule({ reviews, minReviews, optimized, initial }: OptimizeScheduleProps) {
  const router = useRouter();
  const [job, setJob] = useState<OptimizationView | null>(initial);
  const [notice, setNotice] = useState<string | null>(null);
  const [starting, startTransition] = useTransition();
  const running = inFlight(job);

  // Poll while a fit is queued or running; stop when it ends.
  useEffect(() => {
    if (!running) return;
    let stopped = false;
    const poll = async () => {
      const response = await fetch("/api/optimization", { cache: "no-store" }).catch(() => null);
      const parsed = optimizationResponseSchema.safeParse(response?.ok ? await response.json().catch(() => null) : null);
      if (stopped || !parsed.success) return;
      const view = parsed.data.optimization;
      setJob(view);
      if (!inFlight(view)) router.refresh(); // "optimized" and the schedule change server-side
    };
    const timer = window.setInterval(() => void poll(), POLL_MS);
    return () => {
      stopped = true;
      window.clearInterval(timer);
    };
  }, [running, router]);

  const enough = reviews >= minReviews;
  const start = () =>
    startTransition(async () => {
      const result = await startOptimizationAction();
      setNotice(result.status === "queued" ? null : result.message);
      if (result.optimization) setJob(result.optimization);
    });

  const percent = Math.round((job?.progress ?? 0) * 100);
  return (
    <div className="space-y-3" data-testid="optimize-schedule">
      <p className="text-sm text-zinc-600 dark:text-zinc-400" data-testid="review-count">
        You have {number.format(reviews)} review{reviews === 1 ? "" : "s"}
        {enough ? "." : `; optimizing needs at least ${number.format(minReviews)}.`}{" "}
        {optimized ? "Your schedule uses parameters fitted to your history." : "Your schedule uses the FSRS-6 defaults."}
      </p>
      <Button type="button" onClick={start} disabled={!enough || running || starting}>
        {running ? "Optimizing…" : "Optimize my schedule"}
      </Button>
      <div role="status" aria-live="polite" className="space-y-2 text-sm">
        {notice ? <p>{notice}</p> : null}
        {running && job ? (
          <div className="space-y-1">
            <progress
              className="h-2 w-full overflow-hidden rounded [&::-webkit-progress-bar]:bg-zinc-200 [&::-webkit-progress-value]:bg-brand-600"
              max={100}
              value={percent}
              aria-label="Optimization progress"
              data-testid="optimize-progress"
            />
            <p>
              {job.status === "queued" ? "Waiting to start…" : `Fitting your parameters to ${number.format(job.reviews)} reviews: ${percent}%`}
            </p>
          </div>
        ) : null}
        {job?.status === "done" ? (
          <div data-testid="optimize-result" className="space-y-1">
            <p className="font-medium">
              Optimization finished.{" "}
              {job.applied ? <span className="text-emerald-700 dark:text-emerald-300">Applied</span> : <span>Not applied</span>}
            </p>
            {job.logLossBefore !== null && job.logLossAfter !== null ? (
              <p>
                Log loss on your history: {job.logLossBefore.toFixed(4)} with the defaults → {job.logLossAfter.toFixed(4)} fitted
                {job.applied ? " (lower predicts your recall better)." : ": not better, so the defaults stay in use."}
              </p>
            ) : (
              <p data-testid="optimize-unscored">
                None of your {number.format(job.reviews)} reviews could score the fit, so the defaults stay in use: a card&apos;s first
                answer, and answers to it later the same day, say nothing about how long you remember it. Fitting learns from cards
                answered again on a later day — keep reviewing and try again.
              </p>
            )}
          </div>
        ) : null}
        {job?.status === "failed" ? <p className="text-red-700 dark:text-red-300">The optimization failed: {job.error}</p> : null}
      </div>
    </div>
  );
}

import "server-only";
import { db, type Db } from "@/lib/db";
import { completeOptimization, failOptimization, markOptimizationRunning, recordOptimizationProgress } from "@/lib/db/optimizations";
import { reviewHistory } from "@/lib/data/history";
import { getStudyProfile } from "@/lib/data/study";
import type { RevlogFitter } from "./optimization-fit";

/** Progress is written at most this often (the page polls every second). */
const PROGRESS_WRITE_MS = 500;
/** Share of the bar the fit itself takes; the rest is loading the history and scoring. */
const FIT_SHARE = 0.9;

export interface RunOptions {
  /** Where the fit runs: `fitInWorker` in the server, `fitInProcess` in tests. */
  fit: RevlogFitter;
  client?: Db;
  clock?: () => Date;
}

export type RunResult = { status: "done"; applied: boolean } | { status: "failed"; message: string } | { status: "skipped" };

/**
 * Runs a queued fit: loads the user's whole history, fits FSRS-6 weights to it, records
 * progress on the Optimization row, and puts the weights in force when they predict the
 * history better than the defaults. Never throws: a failure is recorded on the row.
 */
export async function runOptimization(id: string, userId: string, options: RunOptions): Promise<RunResult> {
  const client = options.client ?? db();
  const clock = options.clock ?? (() => new Date());
  const { fit } = options;
  try {
    const [rows, profile] = await Promise.all([reviewHistory(userId, client), getStudyProfile(userId, client)]);
    if (!(await markOptimizationRunning(id, rows.length, client))) return { status: "skipped" };

    // One write at a time, the latest value wins, at most every PROGRESS_WRITE_MS.
    let writing: Promise<void> = Promise.resolve();
    let lastWrite = 0;
    const onProgress = (fraction: number) => {
      const at = clock().getTime();
      if (at - lastWrite < PROGRESS_WRITE_MS) return;
      lastWrite = at;
      const progress = 0.05 + FIT_SHARE * Math.max(0, Math.min(1, fraction));
      writing = writing.then(() => recordOptimizationProgress(id, progress, client)).catch(() => undefined);
    };
    await recordOptimizationProgress(id, 0.05, client);
    const { settings } = profile;
    const outcome = await fit(rows, { timeZone: settings.timeZone, dayStartHour: settings.dayStartHour }, onProgress);
    await writing;

    const { logLossBefore, logLossAfter } = outcome;
    const better = logLossBefore !== null && logLossAfter !== null && logLossAfter < logLossBefore;
    const done = await completeOptimization(
      id,
      userId,
      { logLossBefore, logLossAfter, weights: better ? outcome.weights : null, finishedAt: clock() },
      client,
    );
    return done ? { status: "done", applied: better } : { status: "skipped" };
  } catch (error) {
    const message = error instanceof Error ? error.message : "The optimization failed.";
    await failOptimization(id, message, clock(), client).catch(() => undefined);
    return { status: "failed", message };
  }
}

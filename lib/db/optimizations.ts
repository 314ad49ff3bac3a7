import "server-only";
import { db, type Db } from "./index";
import { saveFsrsWeights } from "./settings";

/** A queued or running fit older than this died with its instance: it counts as failed. */
export const OPTIMIZATION_STALE_MS = 10 * 60_000;
/** Reviews a user needs before their parameters can be fitted. */
export const OPTIMIZATION_MIN_REVIEWS = 400;
export const OPTIMIZATION_INTERRUPTED = "The optimization was interrupted. Please start it again.";

const ACTIVE = ["queued", "running"];

export type StartResult =
  | { status: "queued"; id: string; reviews: number }
  | { status: "busy"; id: string }
  | { status: "too-few"; reviews: number };

/**
 * Queues a fit of the user's parameters unless one is already under way. The user's row is
 * locked first (an update inside the transaction), so two clicks in two tabs queue one job.
 */
export async function startOptimization(userId: string, now: Date, client: Db = db()): Promise<StartResult> {
  return client.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { updatedAt: now }, select: { id: true } });
    await tx.optimization.updateMany({
      where: { userId, status: { in: ACTIVE }, createdAt: { lt: new Date(now.getTime() - OPTIMIZATION_STALE_MS) } },
      data: { status: "failed", error: OPTIMIZATION_INTERRUPTED, finishedAt: now },
    });
    const active = await tx.optimization.findFirst({ where: { userId, status: { in: ACTIVE } }, select: { id: true } });
    if (active) return { status: "busy" as const, id: active.id };
    const reviews = await tx.reviewLog.count({ where: { userId } });
    if (reviews < OPTIMIZATION_MIN_REVIEWS) return { status: "too-few" as const, reviews };
    const created = await tx.optimization.create({
      data: { userId, status: "queued", reviews, createdAt: now },
      select: { id: true },
    });
    return { status: "queued" as const, id: created.id, reviews };
  });
}

/** Moves a queued job to running; false if it is no longer queued (e.g. expired). */
export async function markOptimizationRunning(id: string, reviews: number, client: Db = db()): Promise<boolean> {
  const { count } = await client.optimization.updateMany({ where: { id, status: "queued" }, data: { status: "running", reviews, progress: 0 } });
  return count === 1;
}

export async function recordOptimizationProgress(id: string, progress: number, client: Db = db()): Promise<void> {
  await client.optimization.updateMany({ where: { id, status: "running" }, data: { progress: Math.max(0, Math.min(1, progress)) } });
}

export interface OptimizationOutcome {
  logLossBefore: number | null;
  logLossAfter: number | null;
  /** The weights put in force, or null when the fit was not better than the defaults. */
  weights: readonly number[] | null;
  finishedAt: Date;
}

/** Records a finished fit and, when it is better, puts its weights in force — both or neither. */
export async function completeOptimization(id: string, userId: string, outcome: OptimizationOutcome, client: Db = db()): Promise<boolean> {
  return client.$transaction(async (tx) => {
    const { count } = await tx.optimization.updateMany({
      where: { id, userId, status: "running" },
      data: {
        status: "done",
        progress: 1,
        logLossBefore: outcome.logLossBefore,
        logLossAfter: outcome.logLossAfter,
        weights: outcome.weights ? JSON.stringify(outcome.weights) : null,
        finishedAt: outcome.finishedAt,
      },
    });
    if (count !== 1) return false; // expired meanwhile: its result is not applied
    if (outcome.weights) await saveFsrsWeights(userId, outcome.weights, tx);
    return true;
  });
}

export async function failOptimization(id: string, message: string, now: Date, client: Db = db()): Promise<void> {
  await client.optimization.updateMany({
    where: { id, status: { in: ACTIVE } },
    data: { status: "failed", error: message.slice(0, 500), finishedAt: now },
  });
}

import "server-only";
import { db, type Db } from "@/lib/db";
import { OPTIMIZATION_INTERRUPTED, OPTIMIZATION_STALE_MS } from "@/lib/db/optimizations";
import type { OptimizationStatus, OptimizationView } from "@/lib/study/optimization-view";

export type { OptimizationView } from "@/lib/study/optimization-view";

function statusOf(value: string): OptimizationStatus {
  return value === "queued" || value === "running" || value === "done" ? value : "failed";
}

/** The user's latest fit, if any; one stuck in flight past the stale limit reads as failed. */
export async function latestOptimization(userId: string, now: Date, client: Db = db()): Promise<OptimizationView | null> {
  const row = await client.optimization.findFirst({ where: { userId }, orderBy: { createdAt: "desc" } });
  if (!row) return null;
  let status = statusOf(row.status);
  let error = row.error;
  const stale = now.getTime() - row.createdAt.getTime() > OPTIMIZATION_STALE_MS;
  if ((status === "queued" || status === "running") && stale) {
    status = "failed";
    error = OPTIMIZATION_INTERRUPTED;
  }
  return {
    id: row.id,
    status,
    progress: row.progress,
    reviews: row.reviews,
    logLossBefore: row.logLossBefore,
    logLossAfter: row.logLossAfter,
    applied: status === "done" && row.weights !== null,
    error,
    createdAt: row.createdAt.getTime(),
    finishedAt: row.finishedAt?.getTime() ?? null,
  };
}

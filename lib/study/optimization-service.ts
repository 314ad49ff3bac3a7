import "server-only";
import { startOptimization, type StartResult } from "@/lib/db/optimizations";
import { fitInWorker } from "./fit-in-worker";
import { runOptimization } from "./optimization-job";

/**
 * "Optimize my schedule": queues a fit and runs it in the background, off the request (the
 * caller gets the queued job at once and follows its progress by polling).
 */
export async function requestOptimization(userId: string, now: Date): Promise<StartResult> {
  const started = await startOptimization(userId, now);
  if (started.status === "queued") {
    void runOptimization(started.id, userId, { fit: fitInWorker });
  }
  return started;
}

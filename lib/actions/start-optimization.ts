"use server";

import { requireUser } from "@/lib/auth/session";
import { latestOptimization, type OptimizationView } from "@/lib/data/optimizations";
import { OPTIMIZATION_MIN_REVIEWS } from "@/lib/db/optimizations";
import { requestOptimization } from "@/lib/study/optimization-service";

export interface StartOptimizationResult {
  status: "queued" | "busy" | "too-few";
  message: string;
  optimization: OptimizationView | null;
}

/** "Optimize my schedule": queues a fit of the user's parameters; it runs in the background. */
export async function startOptimizationAction(): Promise<StartOptimizationResult> {
  const user = await requireUser();
  const now = new Date();
  const started = await requestOptimization(user.id, now);
  const optimization = await latestOptimization(user.id, now);
  switch (started.status) {
    case "queued":
      return { status: "queued", message: `Optimizing on ${started.reviews} reviews…`, optimization };
    case "busy":
      return { status: "busy", message: "An optimization is already running.", optimization };
    case "too-few":
      return { status: "too-few", message: `You have ${started.reviews} reviews; optimizing needs at least ${OPTIMIZATION_MIN_REVIEWS}.`, optimization };
  }
}

import { optimizeFromRevlog } from "@/lib/srs/eval";
import type { RevlogFitter } from "./optimization-fit";

/** Milliseconds between the optimizer's progress reports. */
const PROGRESS_EVERY_MS = 250;

/** The fit itself, on the calling thread (tests; the worker runs this too). */
export const fitInProcess: RevlogFitter = async (rows, boundary, onProgress) => {
  const result = await optimizeFromRevlog(rows, boundary, {
    progress: (current, total) => {
      if (total > 0) onProgress(current / total);
    },
    timeout: PROGRESS_EVERY_MS,
  });
  return {
    weights: result.weights,
    reviewsUsed: result.reviewsUsed,
    logLossBefore: result.before?.logloss ?? null,
    logLossAfter: result.after?.logloss ?? null,
  };
};

import "server-only";
import { Worker } from "node:worker_threads";
import { fitMessageSchema, packedBuffers, packRevlog, type FitOutcome, type RevlogFitter } from "./optimization-fit";

/** A fit that has not finished by then is stopped (before the job would count as stale). */
const FIT_TIME_LIMIT_MS = 9 * 60_000;

/** Runs the fit in a worker thread, so the server keeps answering requests meanwhile. */
export const fitInWorker: RevlogFitter = (rows, boundary, onProgress) =>
  new Promise<FitOutcome>((resolve, reject) => {
    const revlog = packRevlog(rows);
    const worker = new Worker(new URL("./optimization-worker.ts", import.meta.url), {
      workerData: { revlog, boundary },
      transferList: packedBuffers(revlog),
    });
    let settled = false;
    const settle = (error: Error | null, outcome?: FitOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      if (error) reject(error);
      else if (outcome) resolve(outcome);
    };
    const timer = setTimeout(() => settle(new Error("The optimization took too long and was stopped.")), FIT_TIME_LIMIT_MS);
    worker.on("message", (raw: unknown) => {
      const message = fitMessageSchema.safeParse(raw);
      if (!message.success) return settle(new Error("The optimizer sent an unexpected message."));
      if (message.data.type === "progress") onProgress(message.data.fraction);
      else if (message.data.type === "done") settle(null, message.data.outcome);
      else settle(new Error(message.data.message));
    });
    worker.on("error", (error) => settle(error));
    worker.on("exit", (code) => settle(new Error(`The optimizer stopped unexpectedly (exit code ${code}).`)));
  });

// Worker thread entry: fits FSRS parameters off the server's event loop (the optimizer is
// CPU-bound for seconds). Receives the history in workerData, posts progress and the result.
import { parentPort, workerData } from "node:worker_threads";
import { fitInProcess } from "./fit-in-process";
import { fitRequestSchema, unpackRevlog, type FitMessage } from "./optimization-fit";

function post(message: FitMessage): void {
  parentPort?.postMessage(message);
}

async function main(): Promise<void> {
  const { revlog, boundary } = fitRequestSchema.parse(workerData);
  const outcome = await fitInProcess(unpackRevlog(revlog), boundary, (fraction) => post({ type: "progress", fraction }));
  post({ type: "done", outcome });
}

main().catch((error: unknown) => post({ type: "failed", message: error instanceof Error ? error.message : String(error) }));

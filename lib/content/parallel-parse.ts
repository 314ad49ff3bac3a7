// Parse many notes on worker threads. Node-only (worker_threads); loaded by load-library.ts only
// for large libraries. Results are identical to parsing in the calling thread, in file order.
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { isParseChunkResponse, type ParseChunkRequest } from "./parse-messages";
import { parseNote } from "./parse-note";
import type { NoteParseResult, SourceFile } from "./types";

export interface ParallelParseOptions {
  /** Worker threads to start (0: parse in this thread); default one per core, 1 to 4. */
  workers?: number;
  /**
   * Whether the calling thread parses chunks too while the workers run; default false: its
   * default-sized young generation makes it slower than a worker, and it stays free for messages.
   */
  callerParses?: boolean;
  /** Notes per message; default 4 (small enough to balance the threads at the end). */
  chunkSize?: number;
  /** Young-generation size of each worker, MiB; default WORKER_YOUNG_GENERATION_MB. */
  youngGenerationMb?: number;
}

export interface ParallelParseResult {
  /** One result per file, in the order of the files given. */
  results: NoteParseResult[];
  /** Workers that parsed at least one chunk; 0 when none could start (everything ran in this thread). */
  workersUsed: number;
  chunks: { total: number; byWorkers: number; byCaller: number };
}

/** Default number of worker threads: one per core, 1 to 4. */
export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

/**
 * A larger young generation than V8's default (16 MiB semi-spaces; this allows 64) cuts the
 * garbage collection the Markdown parser's many short-lived tokens cause: about a third less CPU per note.
 */
export const WORKER_YOUNG_GENERATION_MB = 192;
// Chunks queued per worker, so a worker never waits for the next one.
const WORKER_QUEUE_DEPTH = 2;

/**
 * The worker's entry file next to this module (`.ts` under tsx/vitest, `.js` when compiled), or
 * null when it is not on disk (e.g. inside a bundle), in which case everything runs in-thread.
 * Built from a variable so that bundlers do not try to bundle or copy it.
 */
function workerEntry(): URL | null {
  const extension = /\.(ts|mts|js|mjs)$/.exec(import.meta.url)?.[0];
  if (!extension) return null;
  const name = `./parse-worker${extension}`;
  try {
    const url = new URL(name, import.meta.url);
    return url.protocol === "file:" && existsSync(fileURLToPath(url)) ? url : null;
  } catch {
    return null;
  }
}

// Packages the parser imports, loaded natively before tsx's hooks are on: halves worker start-up.
const WORKER_PRELOAD = ["zod", "yaml", "unified", "remark-parse", "remark-gfm", "remark-frontmatter", "mdast-util-to-string"];

/**
 * What a worker runs: the entry file itself when it is JavaScript; from TypeScript sources, a
 * small module that registers tsx first (a worker does not inherit the tsx loader hooks).
 */
function workerScript(): URL | null {
  const entry = workerEntry();
  if (!entry || !/\.m?ts$/.test(entry.pathname)) return entry;
  let tsxApi: string;
  let preload: string[];
  try {
    tsxApi = import.meta.resolve("tsx/esm/api");
    preload = WORKER_PRELOAD.map((name) => import.meta.resolve(name));
  } catch {
    return null;
  }
  const code = [
    `await Promise.all(${JSON.stringify(preload)}.map((url) => import(url)));`,
    `const { register } = await import(${JSON.stringify(tsxApi)});`,
    "register();",
    `await import(${JSON.stringify(entry.href)});`,
  ].join("\n");
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}

interface PoolWorker {
  worker: Worker;
  alive: boolean;
  /** Chunk indices sent and not yet answered, oldest first. */
  inFlight: number[];
  parsed: number;
}

/**
 * Parse notes on `workers` threads (and on the calling thread too with `callerParses`), handing
 * out small chunks as threads free up. A worker that cannot start or dies hands its chunks back
 * to the others or to the calling thread, so the result is always complete.
 */
export async function parseNotesInParallel(
  files: readonly SourceFile[],
  options: ParallelParseOptions = {},
): Promise<ParallelParseResult> {
  const chunkSize = Math.max(1, options.chunkSize ?? 4);
  const chunks: SourceFile[][] = [];
  for (let i = 0; i < files.length; i += chunkSize) chunks.push(files.slice(i, i + chunkSize));
  const done: (NoteParseResult[] | undefined)[] = chunks.map(() => undefined);
  const queue = chunks.map((_, i) => i);
  let wake: (() => void) | null = null;
  const notify = () => {
    const resolve = wake;
    wake = null;
    resolve?.();
  };

  const pool: PoolWorker[] = [];
  const script = chunks.length > 1 ? workerScript() : null;
  const workerCount = script ? Math.min(options.workers ?? defaultWorkerCount(), chunks.length) : 0;
  const feed = (member: PoolWorker) => {
    while (member.alive && member.inFlight.length < WORKER_QUEUE_DEPTH) {
      const chunk = queue.shift();
      const chunkFiles = chunk === undefined ? undefined : chunks[chunk];
      if (chunk === undefined || !chunkFiles) return;
      member.inFlight.push(chunk);
      const request: ParseChunkRequest = { chunk, files: chunkFiles };
      member.worker.postMessage(request);
    }
  };
  const retire = (member: PoolWorker) => {
    if (!member.alive) return;
    member.alive = false;
    queue.unshift(...member.inFlight);
    member.inFlight = [];
    for (const other of pool) feed(other);
    notify();
  };
  for (let i = 0; script && i < workerCount; i++) {
    let worker: Worker;
    try {
      worker = new Worker(script, {
        execArgv: [],
        resourceLimits: { maxYoungGenerationSizeMb: options.youngGenerationMb ?? WORKER_YOUNG_GENERATION_MB },
      });
    } catch {
      break; // e.g. flags a worker may not take: parse in this thread instead
    }
    const member: PoolWorker = { worker, alive: true, inFlight: [], parsed: 0 };
    worker.on("message", (message: unknown) => {
      if (!member.alive) return;
      if (!isParseChunkResponse(message)) return retire(member);
      done[message.chunk] ??= message.results;
      member.inFlight = member.inFlight.filter((c) => c !== message.chunk);
      member.parsed++;
      feed(member);
      notify();
    });
    worker.on("error", () => retire(member));
    worker.on("messageerror", () => retire(member));
    worker.on("exit", () => retire(member));
    pool.push(member);
    feed(member);
  }

  let byCaller = 0;
  for (;;) {
    const mayParse = options.callerParses === true || !pool.some((m) => m.alive);
    const chunk = mayParse ? queue.shift() : undefined;
    const chunkFiles = chunk === undefined ? undefined : chunks[chunk];
    if (chunk !== undefined && chunkFiles) {
      done[chunk] ??= chunkFiles.map(({ file, text }) => parseNote(file, text));
      byCaller++;
      // Let worker replies in, so their queues are refilled between our chunks.
      await new Promise<void>((resolve) => setImmediate(resolve));
      continue;
    }
    if (queue.length === 0 && pool.every((m) => m.inFlight.length === 0)) break;
    await new Promise<void>((resolve) => {
      wake = resolve;
    });
  }
  for (const member of pool) member.alive = false;
  await Promise.all(pool.map((m) => m.worker.terminate()));

  const results = done.flatMap((chunk, i) => {
    if (!chunk) throw new Error(`parallel parse: chunk ${i} has no results`);
    return chunk;
  });
  const byWorkers = pool.reduce((sum, m) => sum + m.parsed, 0);
  return {
    results,
    workersUsed: pool.filter((m) => m.parsed > 0).length,
    chunks: { total: chunks.length, byWorkers, byCaller },
  };
}

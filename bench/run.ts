// The review benchmarks of issue 4:
//   npm run bench -- [--rounds 3] [--seconds 5] [--skip-build] [--skip-postgres] [--cpu-prof]
// Builds the app, serves it on a fresh SQLite database (then on a throwaway PostgreSQL) and
// measures, against the bare route handler loaded in the same run (alternating runs, median of
// the per-round ratios): answering a review at 50 connections and at 1, the Today page at 50,
// and, for reference, an empty server-rendered page at 50 (the ceiling for Today's ratio);
// and — in process, no HTTP — building today's queue for a learner with 5,000 cards and 100,000
// answers. Prints a table and merges the figures into bench/results.json under "review".
// --cpu-prof writes the servers' CPU profiles to .tmp/bench/ (open them in Chrome DevTools).
// Heavy: on a shared machine run it under the build lock (flock /tmp/quorum-build.lock npm run bench).
import { spawn } from "node:child_process";
import { mkdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { hashPassword } from "@/lib/auth/password";
import { loadLibrary } from "@/lib/content/load-library";
import { applyMigrations } from "@/lib/db/schema-engine";
import { measureHttp, type TargetSummary } from "./http-targets";
import { createDatabase, startPostgres } from "./postgres";
import { check, mergeResults, printTable, type Figure } from "./report";
import { BENCH_PASSWORD } from "./seed";
import { buildApp, repoRoot } from "./server";

const argsSchema = z.object({
  rounds: z.coerce.number().int().min(1).max(20),
  seconds: z.coerce.number().min(1).max(120),
  "skip-build": z.boolean(),
  "skip-postgres": z.boolean(),
  "cpu-prof": z.boolean(),
});

const queueResultSchema = z.object({
  introducedCards: z.number(),
  reviewLogRows: z.number(),
  libraryCards: z.number(),
  queueItems: z.number(),
  queue: z.object({ p50Ms: z.number(), p95Ms: z.number(), runs: z.number() }),
  stats: z.object({ p50Ms: z.number(), p95Ms: z.number(), runs: z.number() }),
});

function usageError(message: string): never {
  console.error(`bench: ${message}`);
  process.exit(2);
}

const cliOptions = {
  rounds: { type: "string", default: "3" },
  seconds: { type: "string", default: "5" },
  "skip-build": { type: "boolean", default: false },
  "skip-postgres": { type: "boolean", default: false },
  "cpu-prof": { type: "boolean", default: false },
} as const;

function parseCli() {
  let values: Record<string, unknown>;
  try {
    values = parseArgs({ args: process.argv.slice(2), options: cliOptions, strict: true }).values;
  } catch (error) {
    usageError(error instanceof Error ? error.message : String(error));
  }
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    usageError(`--${issue?.path.join(".") ?? "?"} ${issue?.message ?? "is invalid"}`);
  }
  return parsed.data;
}

/** The in-process queue benchmark runs in a child: the data layer needs the react-server condition. */
function runQueueBench(): Promise<z.infer<typeof queueResultSchema>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "bench/queue.ts"], {
      cwd: repoRoot,
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString("utf8")));
    child.on("exit", (code) => {
      if (code !== 0) return reject(new Error(`bench/queue.ts exited with ${code}`));
      try {
        resolve(queueResultSchema.parse(JSON.parse(out.trim().split("\n").at(-1) ?? "")));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  });
}

function httpFigures(provider: string, targets: readonly TargetSummary[], withTargets: boolean): Figure[] {
  const figures: Figure[] = [];
  for (const t of targets) {
    const name = { answer: "answer a review", today: "Today page", page: "empty page, for reference" }[t.name];
    const label = `${name} (${provider}, ${t.connections} conn)`;
    const errors = t.errors > 0 ? ` — ${t.errors} errors` : "";
    const fail = (f: Figure): Figure => (t.errors > 0 && f.verdict === "PASS" ? { ...f, verdict: "MISS" } : f);
    if (t.name === "page") {
      // The cheapest server-rendered page (root layout, one paragraph): no server-rendered page
      // of this app can beat its ratio, so it shows how much of the Today target is reachable.
      figures.push(check(`${label}: throughput ratio`, t.ratio, "×", null, ` (${t.rps} vs ${t.bareRps} req/s)${errors}`));
    } else if (t.connections > 1) {
      const min = t.name === "answer" ? 0.6 : 0.25;
      figures.push(fail(check(`${label}: throughput ratio`, t.ratio, "×", withTargets ? { min } : null, ` (${t.rps} vs ${t.bareRps} req/s)${errors}`)));
    } else {
      figures.push(fail(check(`${label}: p50`, t.p50Ms, "ms", withTargets ? { max: 3 } : null, errors)));
      figures.push(fail(check(`${label}: p95`, t.p95Ms, "ms", withTargets ? { max: 6 } : null)));
      figures.push(check(`${label}: throughput ratio`, t.ratio, "×", null, ` (${t.rps} vs ${t.bareRps} req/s)`));
    }
  }
  return figures;
}

async function main(): Promise<void> {
  const args = parseCli();
  const workDir = path.join(repoRoot, ".tmp", "bench");
  await rm(workDir, { recursive: true, force: true });
  await mkdir(workDir, { recursive: true });
  const loadBefore = os.loadavg()[0] ?? 0;

  if (!args["skip-build"]) {
    console.log("bench: building the app (next build)…");
    await buildApp(path.join(workDir, "build.log"));
  }
  const library = await loadLibrary(path.join(repoRoot, "content"));
  const cards = library.cards.map((c) => ({ id: c.id, noteId: c.noteId }));
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const common = { workDir, cards, passwordHash, rounds: args.rounds, seconds: args.seconds, cpuProfile: args["cpu-prof"] };

  const sqliteUrl = `file:${path.join(workDir, "sqlite.db")}`;
  await applyMigrations(repoRoot, sqliteUrl);
  console.log(`bench: SQLite — ${args.rounds} rounds × ${args.seconds} s per run, alternating with the bare route`);
  const sqlite = await measureHttp({
    ...common,
    provider: "sqlite",
    databaseUrl: sqliteUrl,
    targets: [
      { name: "answer", connections: 50 },
      { name: "answer", connections: 1 },
      { name: "today", connections: 50 },
      { name: "page", connections: 50 },
    ],
  });

  console.log("bench: today's queue in process (5,000 cards, 100,000 answers)…");
  const queue = await runQueueBench();

  let postgres: Awaited<ReturnType<typeof measureHttp>> | null = null;
  if (!args["skip-postgres"]) {
    console.log("bench: PostgreSQL (scripts/with-postgres.sh)…");
    const server = await startPostgres();
    try {
      const url = await createDatabase(server.url, `quorum_bench_${Date.now()}`);
      await applyMigrations(repoRoot, url);
      postgres = await measureHttp({
        ...common,
        provider: "postgresql",
        databaseUrl: url,
        targets: [
          { name: "answer", connections: 50 },
          { name: "answer", connections: 1 },
        ],
      });
    } finally {
      await server.stop();
    }
  }

  const figures: Figure[] = [
    ...httpFigures("SQLite", sqlite.targets, true),
    check("today's queue, 5k cards/100k answers: p95", queue.queue.p95Ms, "ms", { max: 20 }, ` (p50 ${queue.queue.p50Ms} ms)`),
    check("stats page data, same learner: p95", queue.stats.p95Ms, "ms", null, ` (p50 ${queue.stats.p50Ms} ms)`),
    ...(postgres ? httpFigures("PostgreSQL", postgres.targets, false) : []),
  ];
  console.log("");
  printTable(figures);

  await mergeResults("review", {
    measuredAt: new Date().toISOString(),
    method:
      "closed-loop HTTP load with keep-alive connections (bench/load.ts; autocannon is not installed), " +
      `${args.rounds} rounds × ${args.seconds} s, each target run right after a bare-route run at the same concurrency; ` +
      "ratio = median over rounds of target req/s ÷ bare req/s; latency = median over rounds of each run's p50/p95",
    machine: { cpus: os.cpus().length, loadAverageBefore: Number(loadBefore.toFixed(2)), loadAverageAfter: Number((os.loadavg()[0] ?? 0).toFixed(2)), node: process.version },
    sqlite: { ...sqlite, queue },
    postgresql: postgres,
    figures,
  });
  console.log('\nbench: wrote bench/results.json (key "review")');
}

main().then(
  () => process.exit(0), // the schema engine leaves a timer running
  (error: unknown) => {
    console.error(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);

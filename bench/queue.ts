// In-process benchmark of the study reads, no HTTP: getTodayQueue (target p95 ≤ 20 ms) and
// getStats for a learner with 5,000 introduced cards and 100,000 answers.
//   node --conditions=react-server --import tsx bench/queue.ts [--database URL] [--runs N]
// (react-server: the data layer imports "server-only".) Prints progress on stderr and one JSON
// line on stdout, which bench/run.ts reads.
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { createDb } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/schema-engine";
import { getLibrary } from "@/lib/data/library";
import { getStats } from "@/lib/data/stats";
import { getStudyProfile, getTodayQueue } from "@/lib/data/study";
import { createRng } from "@/lib/sim";
import { percentile, round } from "./figures";
import { scaledLibrary } from "./scaled-library";
import { createBenchUser, insertCardStates, insertReviewLogs, learnerHistory } from "./seed";
import { repoRoot } from "./server";

const INTRODUCED = 5_000;
const REVIEWS = 100_000;

const argsSchema = z.object({
  database: z.string().regex(/^(file:|postgres(ql)?:\/\/)/, "must be a file: or postgresql:// URL").optional(),
  runs: z.coerce.number().int().min(10).max(10_000),
});

async function timeRuns(runs: number, warmup: number, body: () => Promise<unknown>): Promise<{ p50Ms: number; p95Ms: number; runs: number }> {
  for (let i = 0; i < warmup; i++) await body();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await body();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { p50Ms: round(percentile(times, 0.5), 2), p95Ms: round(percentile(times, 0.95), 2), runs };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ args: process.argv.slice(2), options: { database: { type: "string" }, runs: { type: "string", default: "200" } }, strict: true });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) {
    console.error(`bench/queue: ${parsed.error.issues[0]?.message ?? "bad arguments"}`);
    process.exit(2);
  }
  const args = parsed.data;
  let url = args.database;
  if (!url) {
    const dir = path.join(repoRoot, ".tmp", "bench");
    await mkdir(dir, { recursive: true });
    const file = path.join(dir, "queue.db");
    for (const suffix of ["", "-wal", "-shm", "-journal"]) await rm(`${file}${suffix}`, { force: true });
    url = `file:${file}`;
  }
  await applyMigrations(repoRoot, url);
  const client = createDb(url);
  const now = new Date();
  const base = await getLibrary();
  const library = scaledLibrary(base, Math.ceil(INTRODUCED / Math.max(1, base.cards.length)) + 1);
  const introduced = library.newCardOrder.slice(0, INTRODUCED).flatMap((id) => {
    const card = library.cardById.get(id);
    return card ? [card] : [];
  });

  const t0 = performance.now();
  const userId = await createBenchUser(client, `queue-${now.getTime()}@bench.test`, "no-password");
  const { states, logs } = learnerHistory(userId, introduced, { now, rng: createRng(4), dueShare: 0.05, reviews: REVIEWS, days: 730, todayReviews: 120 });
  await insertCardStates(client, states);
  await insertReviewLogs(client, logs);
  console.error(`bench/queue: seeded ${states.length} card states and ${logs.length} answers in ${((performance.now() - t0) / 1000).toFixed(1)} s (library of ${library.cards.length} cards)`);

  const profile = await getStudyProfile(userId, client);
  const sample = await getTodayQueue(userId, now, library, profile, client);
  const queue = await timeRuns(args.runs, 20, () => getTodayQueue(userId, now, library, profile, client));
  console.error(`bench/queue: getTodayQueue p50 ${queue.p50Ms} ms, p95 ${queue.p95Ms} ms (${sample.queue.items.length} cards now, ${sample.queue.later.length} later)`);
  const stats = await timeRuns(Math.min(args.runs, 30), 3, () => getStats(userId, now, library, profile, client));
  console.error(`bench/queue: getStats p50 ${stats.p50Ms} ms, p95 ${stats.p95Ms} ms`);
  await client.$disconnect();
  process.stdout.write(
    `${JSON.stringify({
      provider: url.startsWith("file:") ? "sqlite" : "postgresql",
      introducedCards: states.length,
      reviewLogRows: logs.length,
      libraryCards: library.cards.length,
      queueItems: sample.queue.items.length,
      queue,
      stats,
    })}\n`,
  );
}

main().then(
  () => process.exit(0), // the schema engine leaves a timer running
  (error: unknown) => {
    console.error(`bench/queue: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);

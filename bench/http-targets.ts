// The HTTP benchmarks against one database: start the built app on it, seed learners, and
// alternate runs of the bare route (the baseline) with each target, round after round.
import path from "node:path";
import { createDb } from "@/lib/db/client";
import { createRng } from "@/lib/sim";
import { AnswerPool } from "./answer-pool";
import { median, round } from "./figures";
import { runLoad, type LoadRequest, type LoadResult } from "./load";
import { BENCH_PASSWORD, createBenchUser, insertCardStates, insertReviewLogs, learnerHistory, type LibraryCard } from "./seed";
import { startServer } from "./server";
import { signInCookie } from "./session";

/** "page" is the empty server-rendered page: a reference (the ceiling for "today"), no target. */
export type TargetName = "answer" | "today" | "page";

export interface TargetSpec {
  name: TargetName;
  connections: number;
}

export interface TargetRound {
  bareRps: number;
  rps: number;
  ratio: number;
  p50Ms: number;
  p95Ms: number;
  errors: number;
}

export interface TargetSummary {
  name: TargetName;
  connections: number;
  /** Medians over the rounds. */
  ratio: number;
  rps: number;
  bareRps: number;
  p50Ms: number;
  p95Ms: number;
  errors: number;
  firstError: string | null;
  rounds: TargetRound[];
}

export interface HttpOptions {
  provider: "sqlite" | "postgresql";
  databaseUrl: string;
  workDir: string;
  cards: readonly LibraryCard[];
  passwordHash: string;
  targets: readonly TargetSpec[];
  rounds: number;
  seconds: number;
  /** Write a CPU profile of the server (node --cpu-prof) into workDir. */
  cpuProfile?: boolean;
}

const BARE: LoadRequest = { method: "GET", path: "/api/bench/bare" };

function summarize(spec: TargetSpec, rounds: TargetRound[], firstError: string | null): TargetSummary {
  const med = (pick: (r: TargetRound) => number, digits = 3) => round(median(rounds.map(pick)), digits);
  return {
    ...spec,
    ratio: med((r) => r.ratio),
    rps: med((r) => r.rps, 0),
    bareRps: med((r) => r.bareRps, 0),
    p50Ms: med((r) => r.p50Ms, 2),
    p95Ms: med((r) => r.p95Ms, 2),
    errors: rounds.reduce((sum, r) => sum + r.errors, 0),
    firstError,
    rounds,
  };
}

export async function measureHttp(options: HttpOptions): Promise<{ targets: TargetSummary[]; answerUsers: number; reusedAnswers: number }> {
  const client = createDb(options.databaseUrl);
  const server = await startServer({
    databaseUrl: options.databaseUrl,
    logFile: path.join(options.workDir, `server-${options.provider}.log`),
    ...(options.cpuProfile ? { nodeArgs: ["--cpu-prof", `--cpu-prof-dir=${options.workDir}`] } : {}),
  });
  const log = (msg: string) => console.log(`[${options.provider}] ${msg}`);
  try {
    const { origin } = server;
    const pool = new AnswerPool(client, origin, options.cards, options.passwordHash, options.provider);
    await pool.ensure(600);

    // The Today page's learner: every card introduced, 40% due, two months of history.
    let todayCookie = "";
    if (options.targets.some((t) => t.name === "today")) {
      const email = `today-${Date.now()}@bench.test`;
      const userId = await createBenchUser(client, email, options.passwordHash);
      const { states, logs } = learnerHistory(userId, options.cards, { now: new Date(), rng: createRng(11), dueShare: 0.4, reviews: 3_000, days: 60, todayReviews: 30 });
      await insertCardStates(client, states);
      await insertReviewLogs(client, logs);
      todayCookie = await signInCookie(origin, email, BENCH_PASSWORD);
    }
    // What a served response looks like: the answer applied, the page with its review session.
    const served: Record<TargetName, string> = { answer: '"status":"applied"', today: 'data-testid="review-session"', page: 'data-testid="empty-page"' };
    const servedBy = (name: TargetName) => (status: number, body: string) => status === 200 && body.includes(served[name]);
    const requestFor = (name: TargetName): ((i: number) => LoadRequest) => {
      if (name === "answer") return (i) => pool.request(i);
      if (name === "today") return () => ({ method: "GET", path: "/today", headers: { cookie: todayCookie } });
      return () => ({ method: "GET", path: "/bench/empty-page" });
    };

    // Warm up: the first requests load the library and compile the route code.
    const load = (connections: number, request: (i: number) => LoadRequest, seconds: number, ok?: (status: number, body: string) => boolean): Promise<LoadResult> =>
      runLoad({ origin, connections, durationMs: seconds * 1000, request, ...(ok ? { ok } : {}) });
    let bareRps = (await load(10, () => BARE, 2)).rps;
    for (const spec of options.targets) {
      const warm = await load(Math.min(spec.connections, 10), requestFor(spec.name), 2, servedBy(spec.name));
      if (warm.errors > 0) throw new Error(`warm-up of ${spec.name} failed: ${warm.firstError ?? "?"}`);
    }

    const targets: TargetSummary[] = [];
    for (const spec of options.targets) {
      const rounds: TargetRound[] = [];
      let firstError: string | null = null;
      for (let r = 0; r < options.rounds; r++) {
        const bare = await load(spec.connections, () => BARE, options.seconds);
        bareRps = bare.rps;
        // Enough due cards for this run even if it went as fast as the bare route.
        if (spec.name === "answer") await pool.ensure(Math.ceil(bareRps * options.seconds * 1.2) + 100);
        const run = await load(spec.connections, requestFor(spec.name), options.seconds, servedBy(spec.name));
        firstError ??= bare.firstError ?? run.firstError;
        rounds.push({
          bareRps: round(bare.rps, 1),
          rps: round(run.rps, 1),
          ratio: round(run.rps / bare.rps, 3),
          p50Ms: round(run.p50Ms, 2),
          p95Ms: round(run.p95Ms, 2),
          errors: bare.errors + run.errors,
        });
        log(`${spec.name} ×${spec.connections} round ${r + 1}: bare ${bare.rps.toFixed(0)} req/s, ${spec.name} ${run.rps.toFixed(0)} req/s (ratio ${(run.rps / bare.rps).toFixed(3)}), p50 ${run.p50Ms.toFixed(2)} ms, p95 ${run.p95Ms.toFixed(2)} ms${run.errors ? `, ${run.errors} errors` : ""}`);
      }
      targets.push(summarize(spec, rounds, firstError));
    }
    return { targets, answerUsers: pool.users, reusedAnswers: pool.reused };
  } finally {
    await server.stop();
    await client.$disconnect();
  }
}

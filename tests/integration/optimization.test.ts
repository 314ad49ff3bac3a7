import { existsSync, readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { latestOptimization } from "@/lib/data/optimizations";
import { getStudyProfile } from "@/lib/data/study";
import type { Db } from "@/lib/db";
import { OPTIMIZATION_STALE_MS, startOptimization } from "@/lib/db/optimizations";
import { answerCard } from "@/lib/db/reviews";
import { DEFAULT_SCHEDULER_PARAMS, DEFAULT_WEIGHTS, REVLOG_HEADER, scheduleReview, type CardState } from "@/lib/srs";
import { importRevlogStream } from "@/lib/study/history-import";
import { runOptimization } from "@/lib/study/optimization-job";
import { fitInProcess } from "@/lib/study/fit-in-process";
import type { RevlogFitter } from "@/lib/study/optimization-fit";
import { createLearner } from "../support/learners";
import { describeEachDatabase } from "../support/test-db";

const SHARED = "/work/shared/data/revlog.csv";
const NOW = new Date(Date.UTC(2024, 5, 10, 12));
const DAY = 86_400_000;

function newUser(db: Db): Promise<string> {
  return createLearner(db, "opt");
}

function stream(text: string | Buffer): ReadableStream<Uint8Array> {
  return new Blob([typeof text === "string" ? text : new Uint8Array(text)]).stream();
}

/** `n` synthetic reviews (enough to queue a fit without importing the shared file). */
async function giveReviews(db: Db, userId: string, n: number): Promise<void> {
  const lines = Array.from({ length: n }, (_, k) => `${1_600_000_000_000 + k * DAY},card-${k % 50},${k % 7 === 0 ? 1 : 3},1000,${k < 50 ? 0 : 2}`);
  const summary = await importRevlogStream(userId, stream(`${REVLOG_HEADER}\n${lines.join("\n")}\n`), { now: NOW, client: db });
  expect(summary.added).toBe(n);
}

describeEachDatabase("parameter optimization", (get) => {
  it.skipIf(!existsSync(SHARED))("fits the imported shared revlog, stores better weights and schedules with them", async () => {
    const { db } = get();
    const userId = await newUser(db);
    const imported = await importRevlogStream(userId, stream(readFileSync(SHARED)), { now: NOW, client: db });
    expect(imported.added).toBe(41_847);

    const started = await startOptimization(userId, NOW, db);
    expect(started).toMatchObject({ status: "queued", reviews: 41_847 });
    if (started.status !== "queued") return;
    expect((await latestOptimization(userId, NOW, db))?.status).toBe("queued");

    const t0 = performance.now();
    const result = await runOptimization(started.id, userId, { client: db, fit: fitInProcess, clock: () => NOW });
    console.log(`fit of 41,847 reviews in process: ${Math.round(performance.now() - t0)} ms`);
    expect(result).toEqual({ status: "done", applied: true });

    const view = await latestOptimization(userId, NOW, db);
    expect(view).toMatchObject({ id: started.id, status: "done", progress: 1, applied: true, error: null, reviews: 41_847 });
    const before = view?.logLossBefore ?? NaN;
    const after = view?.logLossAfter ?? NaN;
    console.log(`log loss: defaults ${before.toFixed(4)} → fitted ${after.toFixed(4)}`);
    expect(after).toBeLessThan(before);
    expect(before).toBeGreaterThan(0.2);
    expect(before).toBeLessThan(0.5);

    const row = await db.optimization.findUniqueOrThrow({ where: { id: started.id } });
    const settings = await db.userSettings.findUniqueOrThrow({ where: { userId } });
    const weights: unknown = JSON.parse(settings.fsrsWeights ?? "null");
    expect(weights).toEqual(JSON.parse(row.weights ?? "null"));
    expect(weights).toHaveLength(21);
    expect(weights).not.toEqual([...DEFAULT_WEIGHTS]);

    const profile = await getStudyProfile(userId, db);
    expect(profile.optimized).toBe(true);
    expect(profile.params.weights).toEqual(weights);

    // The user's next answers are scheduled with the fitted weights, not the defaults.
    const input = {
      userId,
      cardId: "networking-basics:concept:main",
      noteId: "networking-basics",
      rating: 4 as const,
      idempotencyKey: "opt-answer",
      answeredAt: NOW,
      durationMs: 1000,
      expectedVersion: 0,
      params: profile.params,
    };
    const first = await answerCard(input, db);
    if (first.status !== "applied") throw new Error(first.status);
    const second = await answerCard({ ...input, rating: 3, idempotencyKey: `${input.idempotencyKey}-2`, expectedVersion: 1, answeredAt: first.state.due }, db);
    if (second.status !== "applied") throw new Error(second.status);
    const seed = `${userId}:${input.cardId}`;
    const withDefaults = scheduleReview({ state: null, rating: 4, now: NOW, params: DEFAULT_SCHEDULER_PARAMS, fuzzSeed: seed });
    const thenDefaults = scheduleReview({ state: withDefaults.next, rating: 3, now: withDefaults.next.due, params: DEFAULT_SCHEDULER_PARAMS, fuzzSeed: seed });
    const fitted: CardState = second.state;
    expect(first.state.stability).not.toBeCloseTo(withDefaults.next.stability, 3);
    expect(fitted.scheduledDays).not.toBe(thenDefaults.next.scheduledDays);
    console.log(`Easy then Good: ${first.state.scheduledDays}d then ${fitted.scheduledDays}d fitted, ${withDefaults.next.scheduledDays}d then ${thenDefaults.next.scheduledDays}d default`);
  }, 300_000);

  it("runs one fit per user at a time, even when started from several tabs at once", async () => {
    const { db } = get();
    const userId = await newUser(db);
    await giveReviews(db, userId, 400);
    const results = await Promise.all(Array.from({ length: 5 }, () => startOptimization(userId, NOW, db)));
    const queued = results.filter((r) => r.status === "queued");
    expect(queued).toHaveLength(1);
    for (const r of results.filter((x) => x.status !== "queued")) expect(r).toEqual({ status: "busy", id: queued[0]?.id });
    expect(await db.optimization.count({ where: { userId } })).toBe(1);
  });

  it("needs 400 reviews", async () => {
    const { db } = get();
    const userId = await newUser(db);
    await giveReviews(db, userId, 399);
    expect(await startOptimization(userId, NOW, db)).toEqual({ status: "too-few", reviews: 399 });
    expect(await latestOptimization(userId, NOW, db)).toBeNull();
  });

  it("counts a fit stuck for over 10 minutes as failed and lets a new one start", async () => {
    const { db } = get();
    const userId = await newUser(db);
    await giveReviews(db, userId, 400);
    const started = await startOptimization(userId, NOW, db);
    if (started.status !== "queued") throw new Error(started.status);
    await db.optimization.update({ where: { id: started.id }, data: { status: "running", progress: 0.4 } });
    const later = new Date(NOW.getTime() + OPTIMIZATION_STALE_MS - 1000);
    expect(await startOptimization(userId, later, db)).toEqual({ status: "busy", id: started.id });
    const stale = new Date(NOW.getTime() + OPTIMIZATION_STALE_MS + 1000);
    expect(await latestOptimization(userId, stale, db)).toMatchObject({ id: started.id, status: "failed", error: expect.stringMatching(/interrupted/) });
    const again = await startOptimization(userId, stale, db);
    expect(again.status).toBe("queued");
    expect((await db.optimization.findUniqueOrThrow({ where: { id: started.id } })).status).toBe("failed");
    // The dead job's late result, if it ever came, is not applied.
    expect(await runOptimization(started.id, userId, { client: db, fit: fitInProcess, clock: () => stale })).toEqual({ status: "skipped" });
  });

  it("writes progress while fitting, and keeps the defaults when the fit is not better", async () => {
    const { db } = get();
    const userId = await newUser(db);
    await giveReviews(db, userId, 400);
    const started = await startOptimization(userId, NOW, db);
    if (started.status !== "queued") throw new Error(started.status);
    let t = NOW.getTime();
    const seen: number[] = [];
    const fit: RevlogFitter = async (rows, _boundary, onProgress) => {
      expect(rows).toHaveLength(400);
      for (const fraction of [0.25, 0.5, 1]) {
        t += 1_000;
        onProgress(fraction);
        await expect.poll(async () => (await latestOptimization(userId, new Date(t), db))?.progress).toBeGreaterThan(seen.at(-1) ?? 0);
        seen.push((await latestOptimization(userId, new Date(t), db))?.progress ?? 0);
        expect((await latestOptimization(userId, new Date(t), db))?.status).toBe("running");
      }
      return { weights: [...DEFAULT_WEIGHTS].map((w) => w * 1.1), reviewsUsed: 350, logLossBefore: 0.4, logLossAfter: 0.45 };
    };
    expect(await runOptimization(started.id, userId, { client: db, fit, clock: () => new Date(t) })).toEqual({ status: "done", applied: false });
    expect(seen[0]).toBeGreaterThan(0);
    expect(seen.at(-1)).toBeLessThan(1);
    expect(await latestOptimization(userId, new Date(t), db)).toMatchObject({ status: "done", applied: false, progress: 1, logLossBefore: 0.4, logLossAfter: 0.45 });
    expect((await getStudyProfile(userId, db)).optimized).toBe(false);
  });

  it("records a failed fit", async () => {
    const { db } = get();
    const userId = await newUser(db);
    await giveReviews(db, userId, 400);
    const started = await startOptimization(userId, NOW, db);
    if (started.status !== "queued") throw new Error(started.status);
    const fit: RevlogFitter = async () => {
      throw new Error("optimizer exploded");
    };
    expect(await runOptimization(started.id, userId, { client: db, fit, clock: () => NOW })).toEqual({ status: "failed", message: "optimizer exploded" });
    expect(await latestOptimization(userId, NOW, db)).toMatchObject({ status: "failed", error: "optimizer exploded", applied: false });
    expect((await startOptimization(userId, NOW, db)).status).toBe("queued");
  });
});

import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { DEFAULT_WEIGHTS, parseRevlogCsv, type Grade, type RevlogRow } from "@/lib/srs";
import {
  ankiSm2Step,
  bindingFitter,
  buildHistories,
  evaluateHistories,
  evaluateScheduler,
  fitFsrsWeights,
  MODEL_NAMES,
  optimizeFromRevlog,
  predictFsrs,
  predictSm2,
  reviewTargets,
  timeSeriesSplit,
  type CardHistory,
  type HistoryReview,
  type Sm2State,
} from "@/lib/srs/eval";
import { pickInt, prng } from "./prng";

const DAY = 86_400_000;
const SHARED = fileURLToPath(new URL("../../../../shared/data/revlog.csv", import.meta.url));

function history(cardId: string, steps: [Grade, number][], start = Date.UTC(2024, 0, 1, 12)): CardHistory {
  let time = start;
  return {
    cardId,
    reviews: steps.map(([rating, deltaDays]) => {
      time += deltaDays * DAY + 60_000;
      return { time, rating, deltaDays };
    }),
  };
}

describe("Anki SM-2", () => {
  it("pins intervals and eases for on-time, late, early, hard and lapsed answers", () => {
    const steps: [Grade, number][] = [[3, 0], [3, 1], [3, 3], [3, 8], [2, 20], [1, 24], [3, 1], [4, 5], [3, 7]];
    let state: Sm2State | null = null;
    const trace: [number, number][] = [];
    for (const [rating, elapsed] of steps) {
      state = ankiSm2Step(state, rating, elapsed);
      trace.push([state.interval, Math.round(state.ease * 100) / 100]);
    }
    expect(trace).toEqual([[1, 2.5], [3, 2.5], [8, 2.5], [20, 2.5], [24, 2.35], [1, 2.15], [3, 2.15], [14, 2.3], [16, 2.3]]);
    expect(ankiSm2Step(null, 4, 0).interval).toBe(4);
  });

  it("predicts 0.9^(t/interval) from the long-term history only", () => {
    const card = history("a", [[3, 0], [1, 0], [3, 1], [3, 3], [3, 7]]);
    const targets = reviewTargets([card]);
    // Same-day Again at index 1 is invisible to SM-2: intervals 1 then 3 then 8.
    expect(predictSm2([card], targets)).toEqual([0.9, 0.9, 0.9 ** (7 / 8)]);
  });
});

describe("FSRS-6 predictions", () => {
  it("replays fsrs-rs's reference memory state (S 53.62691 after 1,3,3,3,3,3)", () => {
    const card = history("a", [[1, 0], [3, 0], [3, 1], [3, 3], [3, 8], [3, 21], [3, 30]]);
    const [target] = reviewTargets([card]).filter((t) => t.at === 6);
    if (!target) throw new Error("missing target");
    const decay = -(DEFAULT_WEIGHTS[20] ?? 0);
    const factor = 0.9 ** (1 / decay) - 1;
    const expected = (1 + (factor * 30) / 53.62691) ** decay;
    expect(predictFsrs([card], [target], DEFAULT_WEIGHTS)[0]).toBeCloseTo(expected, 5);
  });
});

describe("review histories", () => {
  const boundary = { timeZone: "UTC", dayStartHour: 4 };
  const row = (iso: string, cardId: string, rating: Grade, state: RevlogRow["state"]): RevlogRow => ({
    reviewTime: Date.parse(iso),
    cardId,
    rating,
    durationMs: 1000,
    state,
  });
  const rows = [
    row("2024-01-01T10:00:00Z", "a", 3, 0),
    row("2024-01-01T10:10:00Z", "a", 3, 1),
    row("2024-01-02T03:00:00Z", "a", 3, 2), // before 4 am: still Jan 1's study day
    row("2024-01-02T05:00:00Z", "a", 1, 2),
    row("2024-01-05T12:00:00Z", "a", 3, 3),
    row("2024-01-10T12:00:00Z", "a", 3, 2),
    row("2024-01-03T12:00:00Z", "b", 3, 2), // never learned here: dropped
    row("2024-01-01T12:00:00Z", "c", 3, 0),
    row("2024-01-03T12:00:00Z", "c", 3, 2),
    row("2024-01-10T12:00:00Z", "c", 3, 0), // reset and relearned: history restarts
    row("2024-01-10T12:05:00Z", "c", 3, 1),
    row("2024-01-12T12:00:00Z", "c", 3, 2),
  ];

  it("measures gaps in study days and starts at the last first-learn", () => {
    const histories = buildHistories([...rows].reverse(), boundary);
    expect(histories.map((h) => [h.cardId, h.reviews.map((r) => r.deltaDays)])).toEqual([
      ["c", [0, 0, 2]],
      ["a", [0, 0, 0, 1, 3, 5]],
    ]);
  });

  it("targets later-day reviews with srs-benchmark's review count and lapses", () => {
    const histories = buildHistories(rows, boundary);
    const targets = reviewTargets(histories).map(({ card, at, deltaDays, y, i, lapses }) => ({
      card: histories[card]?.cardId,
      at,
      deltaDays,
      y,
      i,
      lapses,
    }));
    expect(targets).toEqual([
      { card: "a", at: 3, deltaDays: 1, y: 0, i: 2, lapses: 0 },
      { card: "a", at: 4, deltaDays: 3, y: 1, i: 3, lapses: 1 },
      { card: "a", at: 5, deltaDays: 5, y: 1, i: 4, lapses: 1 },
      { card: "c", at: 2, deltaDays: 2, y: 1, i: 2, lapses: 0 },
    ]);
  });
});

function syntheticHistories(seed: number, cards: number): CardHistory[] {
  const next = prng(seed);
  return Array.from({ length: cards }, (_, k) => {
    const steps: [Grade, number][] = [[pickInt(next, 1, 4) as Grade, 0]];
    let interval = 1;
    for (let r = 0; r < pickInt(next, 2, 8); r += 1) {
      const delta = Math.max(1, Math.round(interval * (0.5 + next())));
      const recalled = next() < 0.9 ** (delta / interval);
      steps.push([recalled ? (pickInt(next, 2, 4) as Grade) : 1, delta]);
      interval = recalled ? interval * 2.5 : 1;
    }
    return history(`card${k}`, steps, Date.UTC(2024, 0, 1) + pickInt(next, 0, 60) * DAY);
  });
}

describe("evaluateHistories", () => {
  it("fits each fold on reviews strictly before its test block", async () => {
    const histories = syntheticHistories(5, 80);
    const targets = reviewTargets(histories);
    const folds = timeSeriesSplit(targets.length, 5);
    const seen: HistoryReview[][][] = [];
    const result = await evaluateHistories(histories, {
      splits: 5,
      fit: async (sequences) => {
        seen.push(sequences);
        return DEFAULT_WEIGHTS;
      },
    });
    expect(seen).toHaveLength(5);
    seen.forEach((sequences, k) => {
      const fold = folds[k];
      if (!fold) throw new Error("missing fold");
      expect(sequences).toHaveLength(fold.testStart);
      const firstTest = targets[fold.testStart]?.time ?? 0;
      for (const sequence of sequences) expect(sequence.at(-1)?.time ?? Infinity).toBeLessThanOrEqual(firstTest);
    });
    expect(result.reviewsEvaluated).toBe(5 * Math.floor(targets.length / 6));
    expect(result.models.map((m) => m.name)).toEqual([MODEL_NAMES.optimized, MODEL_NAMES.default, MODEL_NAMES.sm2]);
    // Fitting the defaults must score exactly like the defaults.
    expect(result.models[0]).toEqual({ ...result.models[1], name: MODEL_NAMES.optimized });
  });

  it("fitFsrsWeights returns the defaults without data and 21 finite weights with some", async () => {
    expect(await fitFsrsWeights([])).toEqual([...DEFAULT_WEIGHTS]);
    const histories = syntheticHistories(9, 200);
    const sequences = reviewTargets(histories).map((t) => histories[t.card]?.reviews.slice(0, t.at + 1) ?? []);
    const weights = await fitFsrsWeights(sequences);
    expect(weights).toHaveLength(21);
    expect(weights.every(Number.isFinite)).toBe(true);
  });

  it("optimizeFromRevlog fits a user's log and scores before and after", async () => {
    const rows: RevlogRow[] = syntheticHistories(3, 150).flatMap((h) =>
      h.reviews.map((r, k) => ({ reviewTime: r.time, cardId: h.cardId, rating: r.rating, durationMs: 5000, state: k === 0 ? 0 : 2 })),
    );
    const result = await optimizeFromRevlog(rows, { timeZone: "UTC", dayStartHour: 4 });
    expect(result.weights).toHaveLength(21);
    expect(result.reviewsUsed).toBe(reviewTargets(buildHistories(rows, { timeZone: "UTC", dayStartHour: 4 })).length);
    expect(result.before?.name).toBe(MODEL_NAMES.default);
    expect(result.after?.logloss).toBeLessThanOrEqual((result.before?.logloss ?? 0) + 1e-3);
  });

  it.skipIf(!existsSync(SHARED))("ranks optimized FSRS-6 < default FSRS-6 < SM-2 in log loss on the shared revlog", async () => {
    const { rows } = parseRevlogCsv(readFileSync(SHARED, "utf8"));
    const result = await evaluateScheduler(rows, { timeZone: "Asia/Shanghai", dayStartHour: 4, splits: 2, fit: bindingFitter() });
    const [optimized, fallback, sm2] = result.models.map((m) => m.logloss);
    expect(optimized).toBeLessThan(fallback ?? 0);
    expect(fallback).toBeLessThan(sm2 ?? 0);
    for (const model of result.models) expect(model.auc).toBeGreaterThan(0.5);
  }, 60_000);
});

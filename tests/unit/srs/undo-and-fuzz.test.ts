import { describe, expect, it } from "vitest";
import { get_fuzz_range } from "ts-fsrs";
import {
  cardStatesEqual,
  DEFAULT_SCHEDULER_PARAMS,
  isLatestReview,
  scheduleReview,
  undoReview,
  type CardState,
  type Grade,
  type ReviewLogEntry,
  type SchedulerParams,
} from "@/lib/srs";
import { pickInt, prng } from "./prng";

const MINUTE = 60_000;
const params: SchedulerParams = { ...DEFAULT_SCHEDULER_PARAMS, enableFuzz: true };

/** A random answer history: ratings and waits drawn from `seed`. */
function randomHistory(seed: number, length: number) {
  const next = prng(seed);
  let state: CardState | null = null;
  let now = new Date(Date.UTC(2024, 0, 1) + pickInt(next, 0, 1440) * MINUTE);
  const steps: { before: CardState | null; after: CardState; log: ReviewLogEntry }[] = [];
  for (let k = 0; k < length; k += 1) {
    const rating = pickInt(next, 1, 4) as Grade;
    const { next: after, log } = scheduleReview({ state, rating, now, params, fuzzSeed: `card-${seed}` });
    steps.push({ before: state, after, log });
    state = after;
    // Answer on time, early or late.
    const wait = (after.due.getTime() - now.getTime()) * (0.3 + 1.5 * next()) + pickInt(next, 0, 30) * MINUTE;
    now = new Date(now.getTime() + Math.round(wait));
  }
  return steps;
}

describe("undoReview", () => {
  it("restores the exact previous state over 300 random histories", () => {
    for (let seed = 1; seed <= 300; seed += 1) {
      for (const { before, after, log } of randomHistory(seed, 12)) {
        const restored = undoReview(log);
        expect(restored).toEqual(before);
        expect(cardStatesEqual(restored, before)).toBe(true);
        expect(isLatestReview(log, after)).toBe(true);
      }
    }
  });

  it("re-answering after undo gives the same result as the first time", () => {
    for (let seed = 1; seed <= 50; seed += 1) {
      for (const { before, after, log } of randomHistory(seed, 8)) {
        const again = scheduleReview({ state: undoReview(log), rating: log.rating, now: log.reviewedAt, params, fuzzSeed: `card-${seed}` });
        expect(again.next).toEqual(after);
        expect(again.log.previous).toEqual(before);
      }
    }
  });

  it("is isolated from later mutation of the states it was given or returned", () => {
    const [first, second] = randomHistory(7, 2);
    if (!first || !second) throw new Error("history too short");
    const snapshot = structuredClone(second.log.previous);
    first.after.due.setTime(0);
    first.after.reps = 99;
    const restored = undoReview(second.log);
    restored?.due.setTime(1);
    expect(second.log.previous).toEqual(snapshot);
  });

  it("knows an older entry is not the card's latest answer", () => {
    const [first, , third] = randomHistory(11, 3);
    if (!first || !third) throw new Error("history too short");
    expect(isLatestReview(first.log, third.after)).toBe(false);
    expect(isLatestReview(third.log, third.after)).toBe(true);
    expect(isLatestReview(third.log, null)).toBe(false);
  });
});

describe("fuzz", () => {
  it("is deterministic for a seed: the same history twice is identical", () => {
    for (let seed = 1; seed <= 100; seed += 1) {
      expect(randomHistory(seed, 10)).toEqual(randomHistory(seed, 10));
    }
  });

  it("varies with the seed and stays within ts-fsrs's fuzz range", () => {
    const base: CardState = {
      due: new Date(Date.UTC(2024, 0, 31)),
      stability: 30,
      difficulty: 5,
      elapsedDays: 20,
      scheduledDays: 30,
      learningSteps: 0,
      reps: 6,
      lapses: 0,
      state: "review",
      lastReview: new Date(Date.UTC(2024, 0, 1)),
    };
    const now = base.due;
    const plain = scheduleReview({ state: base, rating: 3, now, params: { ...params, enableFuzz: false }, fuzzSeed: "" });
    const ivl = plain.next.scheduledDays;
    const { min_ivl, max_ivl } = get_fuzz_range(ivl, 30, params.maximumInterval);
    const seen = new Set<number>();
    for (let k = 0; k < 60; k += 1) {
      const days = scheduleReview({ state: base, rating: 3, now, params, fuzzSeed: `user:${k}` }).next.scheduledDays;
      expect(days).toBeGreaterThanOrEqual(min_ivl);
      expect(days).toBeLessThanOrEqual(max_ivl);
      seen.add(days);
    }
    expect(seen.size).toBeGreaterThan(3);
  });
});

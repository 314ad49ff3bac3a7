import { describe, expect, it } from "vitest";
import { DEFAULT_SCHEDULER_PARAMS, isLeech, LEECH_LAPSES, leechAlert, scheduleReview, type CardState } from "@/lib/srs";

describe("leeches", () => {
  it("a card is a leech from 8 lapses on", () => {
    expect(LEECH_LAPSES).toBe(8);
    expect(isLeech(7)).toBe(false);
    expect(isLeech(8)).toBe(true);
    expect(isLeech(30)).toBe(true);
  });

  it("alerts when a lapse makes the card a leech, then at every half threshold after", () => {
    const alerts = Array.from({ length: 20 }, (_, lapses) => lapses + 1).filter((after) => leechAlert(after - 1, after));
    expect(alerts).toEqual([8, 12, 16, 20]);
  });

  it("does not alert without a new lapse (a good answer to a leech, an undo)", () => {
    expect(leechAlert(8, 8)).toBe(false);
    expect(leechAlert(9, 8)).toBe(false);
  });

  it("an Again to a card in review is the lapse that alerts; other grades are not", () => {
    const now = new Date(Date.UTC(2026, 10, 23, 9));
    const review: CardState = {
      due: now,
      stability: 4,
      difficulty: 8,
      elapsedDays: 4,
      scheduledDays: 4,
      learningSteps: 0,
      reps: 20,
      lapses: 7,
      state: "review",
      lastReview: new Date(now.getTime() - 4 * 86_400_000),
    };
    const after = (rating: 1 | 2 | 3 | 4) => scheduleReview({ state: review, rating, now, params: DEFAULT_SCHEDULER_PARAMS, fuzzSeed: "leech" }).next.lapses;
    expect(after(1)).toBe(8);
    expect(leechAlert(review.lapses, after(1))).toBe(true);
    for (const rating of [2, 3, 4] as const) expect(leechAlert(review.lapses, after(rating))).toBe(false);
  });
});

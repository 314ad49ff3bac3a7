import { describe, expect, it } from "vitest";
import { intervalsBefore, MATURE_INTERVAL_DAYS, weeklyRetention, type DatedAnswer, type LoggedAnswer } from "@/lib/stats";

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 2);

function logged(cardId: string, day: number, scheduledDaysBefore: number | null): LoggedAnswer {
  return { at: T0 + day * DAY, cardId, rating: 3, stateBefore: "review", scheduledDaysBefore };
}

describe("intervalsBefore", () => {
  it("uses the interval recorded with the answer", () => {
    expect(intervalsBefore([logged("a", 0, 3), logged("a", 3, 25)], 99)).toEqual([3, 25]);
  });

  it("falls back to the days since the card's previous answer when none was recorded (imports)", () => {
    const answers = [logged("b", 30, null), logged("a", 10, null), logged("a", 0, null), logged("b", 5, null), logged("a", 12.5, null)];
    expect(intervalsBefore(answers, 99)).toEqual([25, 10, 99, 99, 2.5]);
  });
});

function answer(day: string, rating: number, intervalDays: number, stateBefore = "review"): DatedAnswer {
  return { day, rating, intervalDays, stateBefore };
}

describe("weeklyRetention", () => {
  const today = "2026-11-18"; // a Wednesday; its week starts on Monday the 16th

  it("splits answers into Monday-started weeks and young/mature cards", () => {
    const r = weeklyRetention(
      [
        answer("2026-11-16", 3, 5),
        answer("2026-11-17", 1, 5),
        answer("2026-11-18", 4, 3),
        answer("2026-11-15", 2, MATURE_INTERVAL_DAYS), // Sunday: the week before; mature at exactly 21 days
        answer("2026-11-09", 1, 40),
        answer("2026-11-10", 3, 20.9),
      ],
      today,
      2,
    );
    expect(r.weeks).toEqual([
      { weekStart: "2026-11-09", young: { passed: 1, total: 1, rate: 1 }, mature: { passed: 1, total: 2, rate: 0.5 } },
      { weekStart: "2026-11-16", young: { passed: 2, total: 3, rate: 2 / 3 }, mature: { passed: 0, total: 0, rate: null } },
    ]);
    expect(r.young).toEqual({ passed: 3, total: 4, rate: 0.75 });
    expect(r.mature).toEqual({ passed: 1, total: 2, rate: 0.5 });
  });

  it("counts only answers to cards in the review phase, inside the weeks shown", () => {
    const r = weeklyRetention(
      [
        answer("2026-11-16", 1, 0, "new"),
        answer("2026-11-16", 1, 0, "learning"),
        answer("2026-11-16", 1, 2, "relearning"),
        answer("2026-11-02", 1, 5), // before the first week shown
        answer("2026-11-19", 1, 5), // after today
        answer("2026-11-16", 2, 5),
      ],
      today,
      2,
    );
    expect(r.young).toEqual({ passed: 1, total: 1, rate: 1 });
    expect(r.mature.total).toBe(0);
  });

  it("has empty weeks for a new user", () => {
    const r = weeklyRetention([], today, 12);
    expect(r.weeks).toHaveLength(12);
    expect(r.weeks[0]?.weekStart).toBe("2026-08-31");
    expect(r.weeks.every((w) => w.young.rate === null && w.mature.rate === null)).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { dueTomorrowCount } from "@/components/review/day-counts";

const HOUR = 3_600_000;
const dayEnd = Date.UTC(2026, 10, 23, 4); // the study day ends at 04:00
const tomorrowEnd = dayEnd + 24 * HOUR;

describe("reviews due tomorrow on the end-of-day screen", () => {
  it("adds this session's answers that fall due within tomorrow's study day, and only those", () => {
    const nextDue = new Map([
      ["later-today", dayEnd - HOUR], // a learning step still today
      ["tomorrow-start", dayEnd], // the first instant of tomorrow
      ["tomorrow", dayEnd + 20 * HOUR],
      ["day-after", tomorrowEnd], // the first instant of the day after
      ["next-week", dayEnd + 6 * 24 * HOUR],
    ]);
    expect(dueTomorrowCount(3, nextDue, dayEnd, tomorrowEnd)).toBe(5);
    expect(dueTomorrowCount(0, new Map(), dayEnd, tomorrowEnd)).toBe(0);
  });
});

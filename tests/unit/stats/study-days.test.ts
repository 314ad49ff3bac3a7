import { describe, expect, it } from "vitest";
import { studyDay } from "@/lib/srs";
import { studyDaysOf, totalsByStudyDay } from "@/lib/stats";
import { pickInt, prng } from "../srs/prng";

const HOUR = 3_600_000;
const ZONES = ["UTC", "America/Los_Angeles", "Asia/Kolkata", "Pacific/Auckland", "Australia/Lord_Howe", "Asia/Kathmandu"];

describe("studyDaysOf", () => {
  it("agrees with studyDay for every instant, in any order, across zones and DST changes", () => {
    for (let seed = 1; seed <= 12; seed++) {
      const next = prng(seed);
      const zone = ZONES[seed % ZONES.length] ?? "UTC";
      const hour = pickInt(next, 0, 23);
      // Clustered instants (sessions) over two years, shuffled: the bulk path must not rely on order.
      const instants = Array.from({ length: 300 }, () => Date.UTC(2023, 0, 1) + Math.floor(next() * 730) * 24 * HOUR + Math.floor(next() * 24 * HOUR));
      const days = studyDaysOf(instants, zone, hour);
      instants.forEach((ms, i) => expect(days[i], `${zone} ${hour}h ${new Date(ms).toISOString()}`).toBe(studyDay(new Date(ms), zone, hour)));
    }
  });

  it("puts the instant of the day start on the new day and the millisecond before on the old one", () => {
    // Day start 04:00 in Kolkata (UTC+5:30) is 22:30 UTC the evening before.
    const start = Date.UTC(2024, 0, 9, 22, 30);
    expect(studyDaysOf([start, start - 1], "Asia/Kolkata", 4)).toEqual(["2024-01-10", "2024-01-09"]);
  });

  it("returns nothing for nothing", () => {
    expect(studyDaysOf([], "UTC", 4)).toEqual([]);
  });
});

describe("totalsByStudyDay", () => {
  it("sums counts and time per study day", () => {
    const totals = totalsByStudyDay(
      [
        { at: Date.UTC(2024, 5, 15, 3, 45), count: 2, durationMs: 1000 }, // before 04:00 UTC: the 14th
        { at: Date.UTC(2024, 5, 15, 4, 0), count: 3, durationMs: 500 },
        { at: Date.UTC(2024, 5, 15, 23, 45), count: 1 },
      ],
      "UTC",
      4,
    );
    expect([...totals.entries()].sort()).toEqual([
      ["2024-06-14", { count: 2, durationMs: 1000 }],
      ["2024-06-15", { count: 4, durationMs: 500 }],
    ]);
  });
});

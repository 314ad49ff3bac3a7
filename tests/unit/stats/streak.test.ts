import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/srs";
import { studyStreaks } from "@/lib/stats";
import { prng } from "../srs/prng";

const TODAY = "2026-11-22";
const daysBack = (...offsets: number[]) => offsets.map((n) => addDays(TODAY, -n));

describe("studyStreaks", () => {
  it("is zero for a new user", () => {
    expect(studyStreaks([], TODAY)).toEqual({ current: 0, longest: 0 });
  });

  it("counts the run ending today", () => {
    expect(studyStreaks(daysBack(0, 1, 2, 4, 5), TODAY)).toEqual({ current: 3, longest: 3 });
  });

  it("keeps yesterday's run alive until today ends", () => {
    expect(studyStreaks(daysBack(1, 2), TODAY)).toEqual({ current: 2, longest: 2 });
  });

  it("breaks after a whole missed day but remembers the longest run", () => {
    expect(studyStreaks(daysBack(2, 3, 10, 11, 12, 13), TODAY)).toEqual({ current: 0, longest: 4 });
  });

  it("ignores duplicates, order and days after today", () => {
    expect(studyStreaks([...daysBack(0, 0, 1), addDays(TODAY, 1), addDays(TODAY, 2)], TODAY)).toEqual({ current: 2, longest: 2 });
  });

  it("matches a day-by-day count on random histories", () => {
    for (let seed = 1; seed <= 50; seed++) {
      const next = prng(seed);
      const active = new Set(Array.from({ length: 60 }, (_, n) => n).filter(() => next() < 0.7));
      let longest = 0;
      let run = 0;
      for (let n = 59; n >= 0; n--) {
        run = active.has(n) ? run + 1 : 0;
        longest = Math.max(longest, run);
      }
      let current = 0;
      for (let n = active.has(0) ? 0 : 1; active.has(n); n++) current++;
      expect(studyStreaks(daysBack(...active), TODAY), `seed ${seed}`).toEqual({ current, longest });
    }
  });
});

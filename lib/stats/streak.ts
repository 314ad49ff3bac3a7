import type { DayKey } from "@/lib/srs";
import { dayNumber } from "./day-math";

export interface Streaks {
  /** Consecutive study days with a review, ending today (or yesterday while today is still open). */
  current: number;
  /** The longest such run ever. */
  longest: number;
}

/** Streaks over the study days on which the user reviewed; days after `today` are ignored. */
export function studyStreaks(activeDays: Iterable<DayKey>, today: DayKey): Streaks {
  const last = dayNumber(today);
  const days = [...new Set([...activeDays].map(dayNumber))].filter((n) => n <= last).sort((a, b) => a - b);
  let longest = 0;
  let run = 0;
  let previous = Number.NaN;
  for (const n of days) {
    run = n === previous + 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
    previous = n;
  }
  // `run` is the run ending at the latest active day; it is current if that day is today or yesterday.
  const current = days.length > 0 && previous >= last - 1 ? run : 0;
  return { current, longest };
}

import type { DayKey } from "@/lib/srs";
import { dayNumber } from "./day-math";
import type { DayTotal } from "./study-days";

export interface TimeSpent {
  todayMs: number;
  /** Today and the six study days before it. */
  last7DaysMs: number;
  totalMs: number;
}

export function timeSpent(byDay: ReadonlyMap<DayKey, DayTotal>, today: DayKey): TimeSpent {
  const last = dayNumber(today);
  let todayMs = 0;
  let last7DaysMs = 0;
  let totalMs = 0;
  for (const [day, { durationMs }] of byDay) {
    const age = last - dayNumber(day);
    totalMs += durationMs;
    if (age === 0) todayMs += durationMs;
    if (age >= 0 && age < 7) last7DaysMs += durationMs;
  }
  return { todayMs, last7DaysMs, totalMs };
}

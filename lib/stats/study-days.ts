import { dayWindow, studyDay, type DayKey } from "@/lib/srs";

/**
 * The study day of each instant (epoch ms), in the user's zone and day start. Works day by
 * day rather than instant by instant: one time-zone lookup per distinct day, so 100k instants
 * cost about as much as the days they span.
 */
export function studyDaysOf(instants: readonly number[], timeZone: string, dayStartHour: number): DayKey[] {
  const order = instants.map((_, i) => i).sort((a, b) => (instants[a] ?? 0) - (instants[b] ?? 0));
  const days: DayKey[] = new Array<DayKey>(instants.length);
  let current: { day: DayKey; end: number } | null = null;
  for (const i of order) {
    const ms = instants[i] ?? 0;
    if (current === null || ms >= current.end) {
      const day = studyDay(new Date(ms), timeZone, dayStartHour);
      current = { day, end: dayWindow(day, timeZone, dayStartHour).end.getTime() };
    }
    days[i] = current.day;
  }
  return days;
}

/** A count (and optional time) observed at an instant, e.g. reviews in a 15-minute bucket. */
export interface TimedCount {
  at: number;
  count: number;
  durationMs?: number;
}

export interface DayTotal {
  count: number;
  durationMs: number;
}

/** Sums timed counts per study day. */
export function totalsByStudyDay(
  points: readonly TimedCount[],
  timeZone: string,
  dayStartHour: number,
): Map<DayKey, DayTotal> {
  const days = studyDaysOf(
    points.map((p) => p.at),
    timeZone,
    dayStartHour,
  );
  const totals = new Map<DayKey, DayTotal>();
  points.forEach((point, i) => {
    const day = days[i];
    if (day === undefined) return;
    const total = totals.get(day) ?? { count: 0, durationMs: 0 };
    total.count += point.count;
    total.durationMs += point.durationMs ?? 0;
    totals.set(day, total);
  });
  return totals;
}

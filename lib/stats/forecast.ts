import type { DayKey } from "@/lib/srs";
import { dayKey, dayNumber } from "./day-math";

export interface ForecastDay {
  day: DayKey;
  /** Cards due that day; today's count includes every overdue card. */
  count: number;
}

export interface Forecast {
  days: ForecastDay[];
  /** Of today's count, the cards that were due on an earlier day. */
  overdue: number;
  total: number;
}

/** Cards coming due on each of the `days` study days starting today. */
export function dueForecast(dueByDay: ReadonlyMap<DayKey, number>, today: DayKey, days = 30): Forecast {
  const first = dayNumber(today);
  const counts = new Array<number>(Math.max(0, days)).fill(0);
  let overdue = 0;
  for (const [day, count] of dueByDay) {
    const offset = dayNumber(day) - first;
    if (offset < 0) overdue += count;
    else if (offset < counts.length) counts[offset] = (counts[offset] ?? 0) + count;
  }
  if (counts.length > 0) counts[0] = (counts[0] ?? 0) + overdue;
  return {
    days: counts.map((count, i) => ({ day: dayKey(first + i), count })),
    overdue,
    total: counts.reduce((sum, c) => sum + c, 0),
  };
}

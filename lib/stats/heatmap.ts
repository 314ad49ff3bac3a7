import type { DayKey } from "@/lib/srs";
import { dayKey, dayNumber, monthLabel, weekday, weekStart } from "./day-math";
import { StatsError } from "./errors";

export interface HeatmapCell {
  day: DayKey;
  count: number;
  /** 0 = nothing, 1–4 = quarters of the busiest day. */
  level: 0 | 1 | 2 | 3 | 4;
  /** Column: 0 = the oldest week shown. */
  week: number;
  /** Row: 0 = Monday … 6 = Sunday. */
  weekday: number;
}

export interface Heatmap {
  /** Every day from the first shown Monday through today, oldest first. */
  cells: HeatmapCell[];
  weeks: number;
  today: DayKey;
  max: number;
  total: number;
  activeDays: number;
  /** Where month names go: the column holding the month's first day. */
  months: { week: number; label: string }[];
}

function level(count: number, max: number): HeatmapCell["level"] {
  if (count <= 0 || max <= 0) return 0;
  const quarter = Math.ceil((4 * count) / max);
  return quarter >= 4 ? 4 : quarter <= 1 ? 1 : quarter === 2 ? 2 : 3;
}

/**
 * A calendar of reviews per study day, `weeks` columns of Monday-to-Sunday ending with the
 * week of `today` (days after today are left out). Counts outside the range are ignored.
 */
export function buildHeatmap(counts: ReadonlyMap<DayKey, number>, today: DayKey, weeks = 53): Heatmap {
  if (!Number.isInteger(weeks) || weeks < 1) throw new StatsError(`weeks must be a whole number ≥ 1, got ${weeks}`);
  const first = dayNumber(weekStart(today)) - (weeks - 1) * 7;
  const last = dayNumber(today);
  let max = 0;
  for (let n = first; n <= last; n++) max = Math.max(max, counts.get(dayKey(n)) ?? 0);

  const cells: HeatmapCell[] = [];
  const months: Heatmap["months"] = [];
  let total = 0;
  let activeDays = 0;
  for (let n = first; n <= last; n++) {
    const day = dayKey(n);
    const count = Math.max(0, counts.get(day) ?? 0);
    const week = Math.floor((n - first) / 7);
    cells.push({ day, count, level: level(count, max), week, weekday: weekday(day) });
    total += count;
    if (count > 0) activeDays++;
    // A label per month, at the column of its 1st; none squeezed in right after another.
    if (day.endsWith("-01") && (months.at(-1)?.week ?? -3) <= week - 3) months.push({ week, label: monthLabel(day) });
  }
  return { cells, weeks, today, max, total, activeDays, months };
}

import type { DayKey } from "@/lib/srs";
import { StatsError } from "./errors";

const DAY_MS = 86_400_000;
const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a "YYYY-MM-DD" key. */
export function dayNumber(day: DayKey): number {
  const match = DAY_KEY.exec(day);
  const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== day) {
    throw new StatsError(`"${day}" is not a YYYY-MM-DD day`);
  }
  return ms / DAY_MS;
}

export function dayKey(dayNumber: number): DayKey {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export function weekday(day: DayKey): number {
  return (((dayNumber(day) + 3) % 7) + 7) % 7;
}

/** The Monday starting the week of `day`. */
export function weekStart(day: DayKey): DayKey {
  return dayKey(dayNumber(day) - weekday(day));
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;
const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] as const;

export function monthLabel(day: DayKey): string {
  return MONTHS[Number(day.slice(5, 7)) - 1] ?? "";
}

/** "Mon 3 Nov 2025": unambiguous whatever the reader's locale. */
export function formatDay(day: DayKey): string {
  return `${WEEKDAYS[weekday(day)] ?? ""} ${Number(day.slice(8, 10))} ${monthLabel(day)} ${day.slice(0, 4)}`;
}

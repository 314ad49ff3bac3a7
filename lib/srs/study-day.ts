import { SrsError } from "./errors";

/** A study day, "YYYY-MM-DD" in the user's zone, starting at their day-start hour. */
export type DayKey = string;

export interface DayWindow {
  /** First instant of the study day (inclusive). */
  start: Date;
  /** First instant of the next study day (exclusive). */
  end: Date;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat("en-US", {
        timeZone,
        hourCycle: "h23",
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
        hour: "2-digit",
        minute: "2-digit",
        second: "2-digit",
      });
    } catch {
      throw new SrsError(`unknown time zone "${timeZone}"`);
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

function assertDayStartHour(hour: number): void {
  if (!Number.isInteger(hour) || hour < 0 || hour > 23) {
    throw new SrsError(`dayStartHour must be a whole hour 0–23, got ${hour}`);
  }
}

interface WallClock {
  /** Local calendar date as days since 1970-01-01. */
  day: number;
  hour: number;
  /** Local time read as if it were UTC, in ms (whole seconds). */
  ms: number;
}

function wallClock(ms: number, timeZone: string): WallClock {
  const values = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of formatterFor(timeZone).formatToParts(ms)) {
    if (part.type in values) values[part.type as keyof typeof values] = Number(part.value);
  }
  const midnight = Date.UTC(values.year, values.month - 1, values.day);
  return {
    day: midnight / DAY_MS,
    hour: values.hour,
    ms: midnight + values.hour * HOUR_MS + values.minute * 60_000 + values.second * 1000,
  };
}

/** Days since 1970-01-01 of the study day containing `ms` (monotonic in `ms`). */
export function studyDayNumber(ms: number, timeZone: string, dayStartHour: number): number {
  const { day, hour } = wallClock(ms, timeZone);
  return hour < dayStartHour ? day - 1 : day;
}

function dayKeyOf(dayNumber: number): DayKey {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

function dayNumberOf(key: DayKey): number {
  const match = DAY_KEY.exec(key);
  const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
  if (Number.isNaN(ms) || dayKeyOf(ms / DAY_MS) !== key) {
    throw new SrsError(`"${key}" is not a YYYY-MM-DD day`);
  }
  return ms / DAY_MS;
}

/** The user's "today" at `now`: a day starts at `dayStartHour` local time in `timeZone`. */
export function studyDay(now: Date, timeZone: string, dayStartHour: number): DayKey {
  assertDayStartHour(dayStartHour);
  if (Number.isNaN(now.getTime())) throw new SrsError("now is not a valid date");
  return dayKeyOf(studyDayNumber(now.getTime(), timeZone, dayStartHour));
}

function startsDay(ms: number, dayNumber: number, timeZone: string, dayStartHour: number): boolean {
  return (
    studyDayNumber(ms, timeZone, dayStartHour) >= dayNumber &&
    studyDayNumber(ms - 1, timeZone, dayStartHour) < dayNumber
  );
}

// Day boundaries never change for a zone and day start (the time-zone rules are fixed for the
// life of the process), and finding one takes several time-zone conversions: the stats page
// asks for every day of two years of history on each visit. Up to 50,000 are kept (then all
// are forgotten at once: a few milliseconds to find again).
const MAX_BOUNDARIES = 50_000;
const boundaries = new Map<string, number>();

/** Earliest instant whose study day is `dayNumber` or later (remembered; see above). */
function firstInstantOf(dayNumber: number, timeZone: string, dayStartHour: number): number {
  const key = `${timeZone}|${dayStartHour}|${dayNumber}`;
  const known = boundaries.get(key);
  if (known !== undefined) return known;
  const found = searchFirstInstant(dayNumber, timeZone, dayStartHour);
  if (boundaries.size >= MAX_BOUNDARIES) boundaries.clear();
  boundaries.set(key, found);
  return found;
}

function searchFirstInstant(dayNumber: number, timeZone: string, dayStartHour: number): number {
  const local = dayNumber * DAY_MS + dayStartHour * HOUR_MS;
  // Usually the local start time exists once: subtract the offset in force there.
  const offset = (ms: number): number => wallClock(ms, timeZone).ms - Math.floor(ms / 1000) * 1000;
  const guess = local - offset(local - offset(local));
  if (startsDay(guess, dayNumber, timeZone, dayStartHour)) return guess;
  // Skipped by a DST gap or otherwise odd: search. UTC offsets lie within [-12h, +14h].
  let lo = local - 15 * HOUR_MS;
  let hi = local + 13 * HOUR_MS;
  while (studyDayNumber(hi, timeZone, dayStartHour) < dayNumber) hi += DAY_MS;
  while (studyDayNumber(lo, timeZone, dayStartHour) >= dayNumber) lo -= DAY_MS;
  // Invariant: day(lo) < dayNumber <= day(hi). Bisect to the millisecond.
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (studyDayNumber(mid, timeZone, dayStartHour) >= dayNumber) hi = mid;
    else lo = mid;
  }
  return hi;
}

/**
 * The instants [start, end) of study day `day`. Across a DST change the window is 23
 * or 25 hours long; if the day-start hour is skipped, the day starts when it resumes.
 */
export function dayWindow(day: DayKey, timeZone: string, dayStartHour: number): DayWindow {
  assertDayStartHour(dayStartHour);
  const dayNumber = dayNumberOf(day);
  return {
    start: new Date(firstInstantOf(dayNumber, timeZone, dayStartHour)),
    end: new Date(firstInstantOf(dayNumber + 1, timeZone, dayStartHour)),
  };
}

/** Shifts a day key by whole days ("2024-03-10" + 1 → "2024-03-11"). */
export function addDays(day: DayKey, days: number): DayKey {
  return dayKeyOf(dayNumberOf(day) + days);
}

import type { DayKey } from "@/lib/srs";
import { dayKey, dayNumber, weekStart } from "./day-math";
import { StatsError } from "./errors";

/** A card is mature once the interval it was last given is at least this many days (as Anki). */
export const MATURE_INTERVAL_DAYS = 21;

const DAY_MS = 86_400_000;

/** One logged answer, as the retention figures need it. */
export interface LoggedAnswer {
  /** Epoch ms. */
  at: number;
  cardId: string;
  /** 1 Again, 2 Hard, 3 Good, 4 Easy. */
  rating: number;
  /** The card's phase before the answer: new | learning | review | relearning. */
  stateBefore: string;
  /** The interval (days) the card had been given before this answer; null when not recorded (imports). */
  scheduledDaysBefore: number | null;
}

/**
 * The card's interval before each answer, in days: the scheduled interval recorded with the
 * answer; when none was recorded (imported history), the days since the same card's previous
 * answer in `answers`; with no earlier answer there either, `unknownDays`.
 */
export function intervalsBefore(answers: readonly LoggedAnswer[], unknownDays: number): number[] {
  const order = answers.map((_, i) => i).sort((a, b) => (answers[a]?.at ?? 0) - (answers[b]?.at ?? 0));
  const lastSeen = new Map<string, number>();
  const intervals = new Array<number>(answers.length).fill(unknownDays);
  for (const i of order) {
    const answer = answers[i];
    if (!answer) continue;
    const previous = lastSeen.get(answer.cardId);
    intervals[i] =
      answer.scheduledDaysBefore ?? (previous === undefined ? unknownDays : (answer.at - previous) / DAY_MS);
    lastSeen.set(answer.cardId, answer.at);
  }
  return intervals;
}

export interface RetentionCount {
  passed: number;
  total: number;
  /** passed / total, or null with no answers. */
  rate: number | null;
}

export interface RetentionWeek {
  /** The Monday the week starts on. */
  weekStart: DayKey;
  young: RetentionCount;
  mature: RetentionCount;
}

export interface Retention {
  weeks: RetentionWeek[];
  /** Over all the weeks shown. */
  young: RetentionCount;
  mature: RetentionCount;
}

/** An answer placed on its study day, with the interval the card had before it. */
export interface DatedAnswer {
  day: DayKey;
  rating: number;
  stateBefore: string;
  intervalDays: number;
}

function tally(): { passed: number; total: number } {
  return { passed: 0, total: 0 };
}

function withRate(count: { passed: number; total: number }): RetentionCount {
  return { ...count, rate: count.total > 0 ? count.passed / count.total : null };
}

/**
 * True retention per week: of the answers to cards in the review phase (learning and
 * relearning steps do not count), the share that were not "Again" — separately for young
 * cards (interval before the answer < 21 days) and mature ones. `weeks` Monday-started
 * weeks ending with the week of `today`; answers outside them are ignored.
 */
export function weeklyRetention(answers: readonly DatedAnswer[], today: DayKey, weeks = 12): Retention {
  if (!Number.isInteger(weeks) || weeks < 1) throw new StatsError(`weeks must be a whole number ≥ 1, got ${weeks}`);
  const lastWeek = dayNumber(weekStart(today));
  const firstWeek = lastWeek - (weeks - 1) * 7;
  const buckets = Array.from({ length: weeks }, () => ({ young: tally(), mature: tally() }));
  const young = tally();
  const mature = tally();
  const todayNumber = dayNumber(today);
  // Thousands of answers fall on a few dozen days: each day's week is worked out once.
  const weekOfDay = new Map<DayKey, number | null>();
  const weekIndex = (day: DayKey): number | null => {
    let index = weekOfDay.get(day);
    if (index === undefined) {
      index = dayNumber(day) > todayNumber ? null : (dayNumber(weekStart(day)) - firstWeek) / 7;
      weekOfDay.set(day, index);
    }
    return index;
  };
  for (const answer of answers) {
    if (answer.stateBefore !== "review" || answer.rating < 1 || answer.rating > 4) continue;
    const index = weekIndex(answer.day);
    const bucket = index === null ? undefined : buckets[index];
    if (!bucket) continue;
    const passed = answer.rating > 1 ? 1 : 0;
    const isMature = answer.intervalDays >= MATURE_INTERVAL_DAYS;
    for (const count of isMature ? [bucket.mature, mature] : [bucket.young, young]) {
      count.total += 1;
      count.passed += passed;
    }
  }
  return {
    weeks: buckets.map((b, i) => ({ weekStart: dayKey(firstWeek + i * 7), young: withRate(b.young), mature: withRate(b.mature) })),
    young: withRate(young),
    mature: withRate(mature),
  };
}

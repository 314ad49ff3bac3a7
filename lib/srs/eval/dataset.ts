import type { RevlogRow } from "../revlog-csv";
import type { Grade } from "../schedule";
import { studyDayNumber } from "../study-day";

/** One review of a card's history; `deltaDays` counts study days since the previous one. */
export interface HistoryReview {
  time: number;
  rating: Grade;
  deltaDays: number;
}

export interface CardHistory {
  cardId: string;
  reviews: HistoryReview[];
}

/** A review whose recall the models predict from the reviews before it. */
export interface ReviewTarget {
  /** Index into the histories array. */
  card: number;
  /** Index of the review within the card's history (≥ 1). */
  at: number;
  time: number;
  deltaDays: number;
  /** 1 if recalled (any grade but Again). */
  y: 0 | 1;
  /** srs-benchmark's `i`: 1 + reviews on a later day than their predecessor, this one included. */
  i: number;
  /** Earlier reviews graded Again on a later day than their predecessor. */
  lapses: number;
}

export interface DayBoundary {
  timeZone: string;
  dayStartHour: number;
}

const LEARNING_STATES = new Set([0, 1]);

/**
 * Keeps a card's reviews from the start of its last learning block (fsrs-rs does the
 * same: a card reset and relearned starts a new history); none if it never was new.
 */
function fromLastFirstLearn(rows: readonly RevlogRow[]): readonly RevlogRow[] {
  let start = -1;
  for (let k = rows.length - 1; k >= 0; k -= 1) {
    if (LEARNING_STATES.has(rows[k]?.state ?? -1)) start = k;
    else if (start >= 0) break;
  }
  return start >= 0 ? rows.slice(start) : [];
}

/**
 * Per-card histories in time order, with day gaps measured between the user's study
 * days (a day starts at `dayStartHour` in `timeZone`), as srs-benchmark measures them.
 */
export function buildHistories(rows: readonly RevlogRow[], boundary: DayBoundary): CardHistory[] {
  const byCard = new Map<string, RevlogRow[]>();
  for (const row of rows) {
    const list = byCard.get(row.cardId);
    if (list) list.push(row);
    else byCard.set(row.cardId, [row]);
  }
  const histories: CardHistory[] = [];
  for (const [cardId, list] of byCard) {
    const kept = fromLastFirstLearn([...list].sort((a, b) => a.reviewTime - b.reviewTime));
    if (kept.length === 0) continue;
    let previousDay = 0;
    const reviews = kept.map((row, k) => {
      const day = studyDayNumber(row.reviewTime, boundary.timeZone, boundary.dayStartHour);
      const deltaDays = k === 0 ? 0 : Math.max(0, day - previousDay);
      previousDay = day;
      return { time: row.reviewTime, rating: row.rating, deltaDays };
    });
    histories.push({ cardId, reviews });
  }
  return histories;
}

/**
 * The reviews to predict, ordered by review time: every review after a card's first
 * that falls on a later study day than the one before it (same-day reviews stay in
 * the history but are not predicted, as in srs-benchmark).
 */
export function reviewTargets(histories: readonly CardHistory[]): ReviewTarget[] {
  const targets: ReviewTarget[] = [];
  histories.forEach((history, card) => {
    let i = 1;
    let lapses = 0;
    history.reviews.forEach((review, at) => {
      if (at === 0 || review.deltaDays === 0) return;
      i += 1;
      const y = review.rating > 1 ? 1 : 0;
      targets.push({ card, at, time: review.time, deltaDays: review.deltaDays, y, i, lapses });
      if (review.rating === 1) lapses += 1;
    });
  });
  return targets.sort((a, b) => a.time - b.time || a.card - b.card || a.at - b.at);
}

/** A training sequence for the optimizer: the target review and all reviews before it. */
export function trainingSequence(histories: readonly CardHistory[], target: ReviewTarget): HistoryReview[] {
  return histories[target.card]?.reviews.slice(0, target.at + 1) ?? [];
}

export interface Fold {
  /** Targets [0, testStart) train the fold; [testStart, testEnd) test it. */
  testStart: number;
  testEnd: number;
}

/** scikit-learn's TimeSeriesSplit: `splits` test blocks of ⌊n/(splits+1)⌋, each after its training data. */
export function timeSeriesSplit(n: number, splits: number): Fold[] {
  const size = Math.floor(n / (splits + 1));
  if (size === 0) return [];
  return Array.from({ length: splits }, (_, k) => {
    const testStart = n - (splits - k) * size;
    return { testStart, testEnd: testStart + size };
  });
}

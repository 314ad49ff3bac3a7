import type { Grade } from "../schedule";
import type { CardHistory, ReviewTarget } from "./dataset";

/** Anki's default deck options for its SM-2 scheduler. */
export const ANKI_SM2_DEFAULTS = {
  graduatingInterval: 1,
  easyInterval: 4,
  startingEase: 2.5,
  easyBonus: 1.3,
  hardInterval: 1.2,
  newInterval: 0,
  minimumLapseInterval: 1,
  intervalModifier: 1,
  maximumInterval: 36500,
};

export type AnkiSm2Options = typeof ANKI_SM2_DEFAULTS;

export interface Sm2State {
  /** Scheduled interval in days. */
  interval: number;
  ease: number;
}

const MIN_EASE = 1.3;

function constrain(options: AnkiSm2Options, days: number, minimum: number): number {
  const scaled = Math.round(days * options.intervalModifier);
  return Math.max(1, Math.min(options.maximumInterval, Math.max(minimum, scaled)));
}

/**
 * One answer under Anki's SM-2 (v3 scheduler, no fuzz), at day granularity: a new card
 * graduates (Easy: easy interval), a lapse resets to the lapse interval, and a passing
 * answer grows the interval by Hard factor, ease (with half the delay for Good) or ease
 * × easy bonus, answered early or late as Anki computes it.
 */
export function ankiSm2Step(
  state: Sm2State | null,
  rating: Grade,
  elapsedDays: number,
  options: AnkiSm2Options = ANKI_SM2_DEFAULTS,
): Sm2State {
  if (!state) {
    return {
      interval: rating === 4 ? options.easyInterval : options.graduatingInterval,
      ease: options.startingEase,
    };
  }
  const { interval, ease } = state;
  if (rating === 1) {
    const lapsed = Math.round(interval * options.newInterval);
    return { interval: Math.max(1, options.minimumLapseInterval, lapsed), ease: Math.max(MIN_EASE, ease - 0.2) };
  }
  const nextEase = rating === 2 ? ease - 0.15 : rating === 4 ? ease + 0.15 : ease;
  return {
    interval: passingInterval(options, interval, ease, elapsedDays, rating),
    ease: Math.max(MIN_EASE, nextEase),
  };
}

function passingInterval(
  options: AnkiSm2Options,
  interval: number,
  ease: number,
  elapsed: number,
  rating: 2 | 3 | 4,
): number {
  const daysLate = elapsed - interval;
  if (daysLate < 0) {
    // Reviewed early (a filtered deck): credit only the time actually waited.
    if (rating === 2) {
      return constrain(options, Math.max(elapsed * options.hardInterval, (interval * options.hardInterval) / 2), 0);
    }
    const good = Math.max(elapsed * ease, interval);
    if (rating === 3) return constrain(options, good, 0);
    return constrain(options, good * (options.easyBonus - (options.easyBonus - 1) / 2), 0);
  }
  const hardMinimum = options.hardInterval <= 1 ? 0 : interval + 1;
  const hard = constrain(options, interval * options.hardInterval, hardMinimum);
  if (rating === 2) return hard;
  const goodMinimum = options.hardInterval <= 1 ? interval + 1 : hard + 1;
  const good = constrain(options, (interval + daysLate / 2) * ease, goodMinimum);
  if (rating === 3) return good;
  return constrain(options, (interval + daysLate) * ease * options.easyBonus, good + 1);
}

/** srs-benchmark's recall probability for an interval-based scheduler: 0.9^(t / interval). */
export function sm2Recall(elapsedDays: number, interval: number): number {
  return 0.9 ** (elapsedDays / interval);
}

/**
 * SM-2 predictions for `targets`. Like srs-benchmark's non-short-term models, SM-2
 * sees a card's first review and its reviews on later days only.
 */
export function predictSm2(
  histories: readonly CardHistory[],
  targets: readonly ReviewTarget[],
  options: AnkiSm2Options = ANKI_SM2_DEFAULTS,
): number[] {
  const cache = new Map<number, Map<number, number>>();
  return targets.map((target) => {
    let byAt = cache.get(target.card);
    if (!byAt) {
      byAt = new Map();
      let state: Sm2State | null = null;
      for (const [at, review] of (histories[target.card]?.reviews ?? []).entries()) {
        if (at > 0 && review.deltaDays === 0) continue;
        if (state) byAt.set(at, sm2Recall(review.deltaDays, state.interval));
        state = ankiSm2Step(state, review.rating, review.deltaDays, options);
      }
      cache.set(target.card, byAt);
    }
    return byAt.get(target.at) ?? Number.NaN;
  });
}

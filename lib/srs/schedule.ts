import { z } from "zod";
import { forgetting_curve, type Card, type Grade as FsrsGrade } from "ts-fsrs";
import {
  cloneCardState,
  fromFsrsCard,
  newCardState,
  toFsrsCard,
  type CardPhase,
  type CardState,
} from "./card-state";
import { SrsError } from "./errors";
import { formatInterval } from "./format-interval";
import { createScheduler, effectiveWeights, type SchedulerParams } from "./params";

/** Again, Hard, Good, Easy. */
export type Grade = 1 | 2 | 3 | 4;
export const GRADES: readonly Grade[] = [1, 2, 3, 4];
export const GRADE_LABELS: Readonly<Record<Grade, string>> = { 1: "Again", 2: "Hard", 3: "Good", 4: "Easy" };
/** A grade read back from storage. */
export const gradeSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

/** One answer, as the append-only review log stores it. */
export interface ReviewLogEntry {
  rating: Grade;
  reviewedAt: Date;
  /** The card's phase before this answer (the revlog's review_state). */
  stateBefore: CardPhase;
  /** Whole days since the previous answer (0 for a card's first answer). */
  elapsedDays: number;
  /** Interval this answer chose, in whole days (0 for an intraday step). */
  scheduledDays: number;
  /** Memory state and due date after the answer. */
  stability: number;
  difficulty: number;
  due: Date;
  /** The exact state before the answer; null when the card had never been answered. */
  previous: CardState | null;
}

export interface ScheduleReviewInput {
  /** Current state, or null for a card the user has never answered. */
  state: CardState | null;
  rating: Grade;
  now: Date;
  params: SchedulerParams;
  /** Stable per user and card (e.g. `${userId}:${cardId}`); makes fuzz reproducible. */
  fuzzSeed: string;
}

export interface ScheduleReviewResult {
  next: CardState;
  log: ReviewLogEntry;
}

function assertGrade(rating: number): asserts rating is Grade {
  if (!Number.isInteger(rating) || rating < 1 || rating > 4) {
    throw new SrsError(`rating must be 1, 2, 3 or 4, got ${rating}`);
  }
}

function assertInstant(now: Date, state: CardState | null): void {
  if (Number.isNaN(now.getTime())) throw new SrsError("now is not a valid date");
  if (state?.lastReview && now.getTime() < state.lastReview.getTime()) {
    throw new SrsError("now is earlier than the card's last review");
  }
}

const DAY_MS = 86_400_000;

/** ts-fsrs keeps Hard < Good < Easy by adding days, which can overshoot the maximum. */
function withinMaximum(card: Card, now: Date, maximumInterval: number): Card {
  if (card.scheduled_days <= maximumInterval) return card;
  return { ...card, scheduled_days: maximumInterval, due: new Date(now.getTime() + maximumInterval * DAY_MS) };
}

function seedFor(fuzzSeed: string, state: CardState | null): string {
  return `${fuzzSeed}:${state?.reps ?? 0}`;
}

/**
 * Applies one answer: the card's next state and the log entry to append. Pure: the
 * same input always gives the same output (fuzz is drawn from `fuzzSeed` and reps).
 */
export function scheduleReview(input: ScheduleReviewInput): ScheduleReviewResult {
  const { state, rating, now, params, fuzzSeed } = input;
  assertGrade(rating);
  assertInstant(now, state);
  const before = state ?? newCardState(now);
  const scheduler = createScheduler(params, seedFor(fuzzSeed, state));
  const item = scheduler.next(toFsrsCard(before), now, rating satisfies FsrsGrade);
  const next = fromFsrsCard(withinMaximum(item.card, now, params.maximumInterval));
  return {
    next,
    log: {
      rating,
      reviewedAt: new Date(now.getTime()),
      stateBefore: before.state,
      elapsedDays: item.log.elapsed_days,
      scheduledDays: next.scheduledDays,
      stability: next.stability,
      difficulty: next.difficulty,
      due: new Date(next.due.getTime()),
      previous: state ? cloneCardState(state) : null,
    },
  };
}

/** The state the card had before the logged answer: exactly, from the snapshot. */
export function undoReview(log: ReviewLogEntry): CardState | null {
  return log.previous ? cloneCardState(log.previous) : null;
}

/**
 * Whether `current` is the state this log entry produced, i.e. the entry is the
 * card's latest answer and undoing it cannot discard a later one.
 */
export function isLatestReview(log: ReviewLogEntry, current: CardState | null): boolean {
  if (!current || !current.lastReview) return false;
  return (
    current.lastReview.getTime() === log.reviewedAt.getTime() &&
    current.due.getTime() === log.due.getTime() &&
    current.reps === (log.previous?.reps ?? 0) + 1
  );
}

export interface IntervalPreview {
  rating: Grade;
  due: Date;
  intervalMs: number;
  scheduledDays: number;
  state: CardPhase;
  /** Anki-style label for the grade button: "10m", "1d", "3.2mo". */
  label: string;
}

/** What each grade would do now: the labels under the Again/Hard/Good/Easy buttons. */
export function previewIntervals(
  state: CardState | null,
  now: Date,
  params: SchedulerParams,
  fuzzSeed = "",
): Record<Grade, IntervalPreview> {
  assertInstant(now, state);
  const scheduler = createScheduler(params, seedFor(fuzzSeed, state));
  const record = scheduler.repeat(toFsrsCard(state ?? newCardState(now)), now);
  const preview = (rating: Grade): IntervalPreview => {
    const card = withinMaximum(record[rating].card, now, params.maximumInterval);
    const intervalMs = card.due.getTime() - now.getTime();
    return {
      rating,
      due: new Date(card.due.getTime()),
      intervalMs,
      scheduledDays: card.scheduled_days,
      state: fromFsrsCard(card).state,
      label: formatInterval(intervalMs),
    };
  };
  return { 1: preview(1), 2: preview(2), 3: preview(3), 4: preview(4) };
}

export type MemoryFields = Pick<CardState, "state" | "stability" | "lastReview">;

/**
 * A retrievability function for fixed weights (resolve the weights once, then call it
 * for thousands of cards).
 */
export function retrievabilityFor(
  params: Pick<SchedulerParams, "weights">,
): (state: MemoryFields, now: Date) => number {
  const weights = effectiveWeights(params.weights);
  return (state, now) => {
    if (state.state === "new" || !state.lastReview || state.stability <= 0) return 0;
    const days = Math.max(0, (now.getTime() - state.lastReview.getTime()) / DAY_MS);
    return forgetting_curve(weights, days, state.stability);
  };
}

/**
 * Probability of recall at `now` (FSRS-6 forgetting curve over fractional days since
 * the last review); 0 for a card never answered.
 */
export function retrievability(
  state: MemoryFields,
  now: Date,
  params: Pick<SchedulerParams, "weights">,
): number {
  return retrievabilityFor(params)(state, now);
}


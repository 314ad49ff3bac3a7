import {
  computeParameters,
  FSRSBindingItem,
  FSRSBindingReview,
} from "@open-spaced-repetition/binding";
import { DEFAULT_WEIGHTS } from "../params";
import type { RevlogRow } from "../revlog-csv";
import { buildHistories, reviewTargets, trainingSequence, type DayBoundary, type HistoryReview } from "./dataset";
import { predictFsrs } from "./fsrs-model";
import { MODEL_NAMES, scorePredictions, type ModelScore, type WeightsFitter } from "./evaluate";

export interface FitOptions {
  /** Relearning steps the schedule uses (the optimizer bounds short-term weights by it). */
  numRelearningSteps?: number;
  /** Return false to cancel; `current` of `total` steps. */
  progress?: (current: number, total: number) => boolean | void;
  /** Milliseconds between progress calls. */
  timeout?: number;
}

/** Converts sequences to the optimizer's FSRSItem form (first review's gap must be 0). */
function toItems(sequences: readonly HistoryReview[][]): FSRSBindingItem[] {
  return sequences.map(
    (reviews) =>
      new FSRSBindingItem(
        reviews.map((review, k) => new FSRSBindingReview(review.rating, k === 0 ? 0 : review.deltaDays)),
      ),
  );
}

/**
 * FSRS-6 weights fitted with fsrs-rs (through `@open-spaced-repetition/binding`);
 * too little data to fit leaves the defaults.
 */
export async function fitFsrsWeights(
  sequences: readonly HistoryReview[][],
  options: FitOptions = {},
): Promise<number[]> {
  if (sequences.length === 0) return [...DEFAULT_WEIGHTS];
  return computeParameters(toItems(sequences), {
    enableShortTerm: true,
    numRelearningSteps: options.numRelearningSteps ?? 1,
    ...(options.progress ? { progress: options.progress } : {}),
    ...(options.timeout !== undefined ? { timeout: options.timeout } : {}),
  });
}

export function bindingFitter(options: FitOptions = {}): WeightsFitter {
  return (sequences) => fitFsrsWeights(sequences, options);
}

export interface OptimizationResult {
  weights: number[];
  /** Reviews the fit learned from (first reviews and same-day repeats excluded). */
  reviewsUsed: number;
  /** In-sample scores of the default and the fitted weights on those reviews. */
  before: ModelScore | null;
  after: ModelScore | null;
}

/**
 * "Optimize my schedule": fits weights to a user's whole review log and scores the
 * defaults and the result on it (for the before/after log loss the user sees).
 */
export async function optimizeFromRevlog(
  rows: readonly RevlogRow[],
  boundary: DayBoundary,
  options: FitOptions = {},
): Promise<OptimizationResult> {
  const histories = buildHistories(rows, boundary);
  const targets = reviewTargets(histories);
  const weights = await fitFsrsWeights(
    targets.map((target) => trainingSequence(histories, target)),
    options,
  );
  if (targets.length === 0) return { weights, reviewsUsed: 0, before: null, after: null };
  return {
    weights,
    reviewsUsed: targets.length,
    before: scorePredictions(MODEL_NAMES.default, targets, predictFsrs(histories, targets, DEFAULT_WEIGHTS)),
    after: scorePredictions(MODEL_NAMES.optimized, targets, predictFsrs(histories, targets, weights)),
  };
}

import { DEFAULT_WEIGHTS } from "../params";
import type { RevlogRow } from "../revlog-csv";
import {
  buildHistories,
  reviewTargets,
  timeSeriesSplit,
  trainingSequence,
  type CardHistory,
  type DayBoundary,
  type HistoryReview,
  type ReviewTarget,
} from "./dataset";
import { predictFsrs } from "./fsrs-model";
import { auc, logLoss, rmseBins } from "./metrics";
import { predictSm2 } from "./sm2-model";

/** Fits FSRS-6 weights to training sequences (each ends with the review it trains on). */
export type WeightsFitter = (sequences: HistoryReview[][]) => Promise<readonly number[]>;

export interface ModelScore {
  name: string;
  logloss: number;
  rmseBins: number;
  auc: number | null;
}

export interface SchedulerEvaluation {
  reviewsEvaluated: number;
  cards: number;
  folds: number;
  models: ModelScore[];
}

export interface EvaluateOptions extends DayBoundary {
  /** Number of TimeSeriesSplit test blocks (srs-benchmark uses 5). */
  splits: number;
  fit: WeightsFitter;
  /** Called after each fold is fitted. */
  onFold?: (fold: number, folds: number) => void;
}

export const MODEL_NAMES = {
  optimized: "FSRS-6 (optimized)",
  default: "FSRS-6 (default)",
  sm2: "SM-2 (Anki default)",
} as const;

/** Scores predictions against their targets with the three srs-benchmark metrics. */
export function scorePredictions(name: string, targets: readonly ReviewTarget[], p: readonly number[]): ModelScore {
  const y = targets.map((target) => target.y);
  return {
    name,
    logloss: logLoss(y, p),
    rmseBins: rmseBins(targets.map((target, k) => ({ ...target, p: p[k] ?? Number.NaN }))),
    auc: auc(y, p),
  };
}

/**
 * The scheduler evaluation of srs-benchmark on one review log: targets in time order,
 * TimeSeriesSplit folds, FSRS-6 refitted on each fold's earlier reviews and scored on
 * its later block, beside FSRS-6 defaults and Anki's SM-2 on the same blocks.
 */
export async function evaluateScheduler(
  rows: readonly RevlogRow[],
  options: EvaluateOptions,
): Promise<SchedulerEvaluation> {
  const histories = buildHistories(rows, options);
  return evaluateHistories(histories, options);
}

export async function evaluateHistories(
  histories: readonly CardHistory[],
  options: Pick<EvaluateOptions, "splits" | "fit" | "onFold">,
): Promise<SchedulerEvaluation> {
  const targets = reviewTargets(histories);
  const folds = timeSeriesSplit(targets.length, options.splits);
  const tested: ReviewTarget[] = [];
  const optimized: number[] = [];
  for (const [k, fold] of folds.entries()) {
    const training = targets.slice(0, fold.testStart).map((target) => trainingSequence(histories, target));
    const weights = await options.fit(training);
    const test = targets.slice(fold.testStart, fold.testEnd);
    tested.push(...test);
    optimized.push(...predictFsrs(histories, test, weights));
    options.onFold?.(k + 1, folds.length);
  }
  if (tested.length === 0) {
    return { reviewsEvaluated: 0, cards: histories.length, folds: 0, models: [] };
  }
  return {
    reviewsEvaluated: tested.length,
    cards: histories.length,
    folds: folds.length,
    models: [
      scorePredictions(MODEL_NAMES.optimized, tested, optimized),
      scorePredictions(MODEL_NAMES.default, tested, predictFsrs(histories, tested, DEFAULT_WEIGHTS)),
      scorePredictions(MODEL_NAMES.sm2, tested, predictSm2(histories, tested)),
    ],
  };
}

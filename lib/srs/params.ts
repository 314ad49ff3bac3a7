import { z } from "zod";
import {
  default_w,
  fsrs,
  generatorParameters,
  StrategyMode,
  type FSRS,
  type FSRSParameters,
  type StepUnit,
} from "ts-fsrs";
import { SrsError } from "./errors";

/** A learning step such as "1m", "10m", "1h" or "1d". */
export type LearningStep = StepUnit;

export const learningStepSchema = z
  .string()
  .regex(/^[1-9]\d*[mhd]$/, "A step is a positive whole number followed by m, h or d")
  .transform((step) => step as LearningStep);

/** FSRS-6 weights: 21 finite numbers (as `computeParameters` returns them). */
export const fsrsWeightsSchema = z.array(z.number()).length(21);

export interface SchedulerParams {
  desiredRetention: number;
  /** Optimized FSRS-6 weights; absent or null means the FSRS-6 defaults. */
  weights?: readonly number[] | null;
  enableFuzz: boolean;
  learningSteps: readonly LearningStep[];
  relearningSteps: readonly LearningStep[];
  /** Longest interval in days. */
  maximumInterval: number;
}

export const DEFAULT_SCHEDULER_PARAMS: SchedulerParams = {
  desiredRetention: 0.9,
  weights: null,
  enableFuzz: true,
  learningSteps: ["1m", "10m"],
  relearningSteps: ["10m"],
  maximumInterval: 36500,
};

export const DEFAULT_WEIGHTS: readonly number[] = default_w;

export const schedulerParamsSchema = z.object({
  desiredRetention: z.number().gt(0).lt(1),
  weights: fsrsWeightsSchema.nullish(),
  enableFuzz: z.boolean(),
  learningSteps: z.array(learningStepSchema),
  relearningSteps: z.array(learningStepSchema),
  maximumInterval: z.number().int().min(1).max(36500),
});

function toFsrsParameters(params: SchedulerParams): FSRSParameters {
  if (!(params.desiredRetention > 0 && params.desiredRetention < 1)) {
    throw new SrsError(`desiredRetention must be in (0, 1), got ${params.desiredRetention}`);
  }
  if (params.weights && !fsrsWeightsSchema.safeParse(params.weights).success) {
    throw new SrsError(`weights must be 21 finite numbers, got ${params.weights.length}`);
  }
  return generatorParameters({
    request_retention: params.desiredRetention,
    maximum_interval: params.maximumInterval,
    enable_fuzz: params.enableFuzz,
    enable_short_term: true,
    learning_steps: [...params.learningSteps],
    relearning_steps: [...params.relearningSteps],
    ...(params.weights ? { w: [...params.weights] } : {}),
  });
}

/**
 * A fresh ts-fsrs scheduler. Its fuzz draws from `seed` only, so the same inputs
 * always give the same interval (ts-fsrs would otherwise seed from time and state).
 */
export function createScheduler(params: SchedulerParams, seed: string): FSRS {
  return fsrs(toFsrsParameters(params)).useStrategy(StrategyMode.SEED, () => seed);
}

/** A user's schedule: their retention target and fitted weights on the app's defaults. */
export function schedulerParamsFor(user: {
  desiredRetention: number;
  weights?: readonly number[] | null;
}): SchedulerParams {
  return { ...DEFAULT_SCHEDULER_PARAMS, desiredRetention: user.desiredRetention, weights: user.weights ?? null };
}

/** The weights actually in force (defaults filled in, clipped as ts-fsrs does). */
export function effectiveWeights(weights?: readonly number[] | null): readonly number[] {
  return weights ? generatorParameters({ w: [...weights] }).w : DEFAULT_WEIGHTS;
}

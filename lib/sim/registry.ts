import type { Scenario } from "./core/define";
import { SimInputError } from "./core/errors";
import type { RunOptions, SimRun } from "./core/run";
import type { PredictionCard } from "./core/scenario";
import { capPartition } from "./scenarios/cap-partition";
import { clockOrdering } from "./scenarios/clock-ordering";
import { consistentHashing } from "./scenarios/consistent-hashing";
import { leaderElection } from "./scenarios/leader-election";
import { outageDegradation } from "./scenarios/outage-degradation";
import { quorumReplication } from "./scenarios/quorum-replication";
import { requestFlow } from "./scenarios/request-flow";
import { retriesIdempotency } from "./scenarios/retries-idempotency";

/** Every scenario, in teaching order. */
export const scenarios: readonly Scenario[] = [
  requestFlow,
  retriesIdempotency,
  outageDegradation,
  consistentHashing,
  quorumReplication,
  leaderElection,
  capPartition,
  clockOrdering,
];

export const scenarioIds: readonly string[] = scenarios.map((s) => s.id);

export function findScenario(id: string): Scenario | undefined {
  return scenarios.find((s) => s.id === id);
}

/** Throws SimInputError for an unknown id. */
export function getScenario(id: string): Scenario {
  const scenario = findScenario(id);
  if (scenario === undefined) throw new SimInputError(`unknown scenario "${id}" (known: ${scenarioIds.join(", ")})`);
  return scenario;
}

/** Starts a recorded run: `createRun("quorum-replication", { seed: 7, settings: { w: 1, r: 1 } })`. */
export function createRun(scenarioId: string, options: RunOptions): SimRun {
  return getScenario(scenarioId).createRun(options);
}

/** All "predict, then run" cards, each answered by a run of its scenario. */
export const predictionCards: readonly PredictionCard[] = scenarios.flatMap((s) => s.cards);

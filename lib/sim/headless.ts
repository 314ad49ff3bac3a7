import type { Metrics, SettingsRecord, SimAction } from "./core/types";
import { getScenario } from "./registry";
import type { PredictionCard } from "./core/scenario";

export interface HeadlessOptions {
  readonly seed: number;
  readonly settings?: unknown;
  readonly actions?: readonly unknown[];
  /** Defaults to the scenario's `defaultUntilMs`. */
  readonly untilMs?: number;
}

/** The headless runner's contract (also what `npm run sim -- … --json` prints). */
export interface HeadlessResult {
  readonly scenario: string;
  readonly seed: number;
  readonly settings: SettingsRecord;
  readonly untilMs: number;
  readonly events: number;
  readonly metrics: Metrics;
  readonly actions: readonly SimAction[];
}

/** Runs a scenario to `untilMs` without recording (fast) and returns its final metrics. */
export function runHeadless(scenarioId: string, options: HeadlessOptions): HeadlessResult {
  const scenario = getScenario(scenarioId);
  const untilMs = options.untilMs ?? scenario.defaultUntilMs;
  const run = scenario.createRun({ seed: options.seed, settings: options.settings, actions: options.actions, record: false });
  run.seek(untilMs);
  return {
    scenario: scenario.id,
    seed: run.seed,
    settings: run.settings,
    untilMs,
    events: run.cursor,
    metrics: run.metrics(),
    actions: run.actions,
  };
}

/** Runs a card's scenario and says whether the outcome matches the card's answer. */
export function runCard(card: PredictionCard): { readonly metrics: Metrics; readonly confirmed: boolean } {
  const { metrics } = runHeadless(card.scenario, card);
  return { metrics, confirmed: card.check(metrics) };
}

/**
 * The deterministic simulation core: pure TypeScript, no React, no DOM, no clock, no Math.random.
 * A seed plus a timestamped action list pins a run down event for event.
 *
 * For a player:
 *   const scenario = getScenario("leader-election");      // controls, metricSpecs, actionSpecs(), cards
 *   const run = scenario.createRun({ seed: 7, settings });  // or createRun(id, options)
 *   run.seek(run.now + frameMs * speed);                    // play; run.step() for one event
 *   run.seek(t) / run.seekIndex(i);                         // time slider / step back (snapshot + replay)
 *   run.act({ type: "crash", node: "@leader" });            // at run.now; discards the recorded future
 *   run.view();                                             // nodes, links, messages in flight
 *   run.metrics(); run.series(); run.log; run.actions;      // readouts, charts, event log, shareable script
 */
export { createRun, findScenario, getScenario, predictionCards, scenarioIds, scenarios } from "./registry";
export { runCard, runHeadless, type HeadlessOptions, type HeadlessResult } from "./headless";
export { parseSimArgs, SIM_USAGE, type SimCommand } from "./cli-args";

export { defineScenario, type Scenario } from "./core/define";
export type { Delivery, SimContext } from "./core/context";
export type { LinkProfile } from "./core/network";
export type { ScenarioDefinition } from "./core/scenario";
export type { RunOptions, SimRun } from "./core/run";
export type { ActionInput, ActionSpec, ActionTemplate, PredictionCard, ScenarioInfo } from "./core/scenario";
export type { Control } from "./core/settings";
export type {
  InFlightMessage,
  LogEntry,
  Metrics,
  MetricSample,
  MetricSpec,
  NodeId,
  RunView,
  SettingsRecord,
  SettingValue,
  SimAction,
  SimActionType,
  Topology,
  TopologyNode,
} from "./core/types";

export { SimInputError, SimModelError } from "./core/errors";
export { simActionSchema } from "./core/actions";
export { createRng, type Rng, type RngState } from "./core/prng";
export { EventQueue, type Scheduled } from "./core/event-queue";
export { constant, lognormal, normal, sampleLatency, uniform, withSlowTail, type LatencyDist } from "./core/latency";
export { clockHistory, type ClockEvent, vectorBefore } from "./scenarios/clock-ordering";

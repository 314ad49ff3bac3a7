import type { z } from "zod";
import type { Delivery, SimContext } from "./context";
import type { Control, SettingsSchema } from "./settings";
import type {
  Metrics,
  MetricSpec,
  NodeId,
  SettingsRecord,
  SimAction,
  SimActionType,
  Tagged,
  Topology,
} from "./types";

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** An action without its time: what a button sends (the player stamps `at`). */
export type ActionTemplate = DistributiveOmit<SimAction, "at">;

/** An action with an optional time (defaults to the run's current time). */
export type ActionInput = ActionTemplate & { readonly at?: number };

/** One button the player can offer. Nodes may be aliases: `@leader` (scenario), `@down` (first crashed node). */
export interface ActionSpec {
  readonly label: string;
  readonly action: ActionTemplate;
}

/** "Predict, then run": a question whose answer a run of the scenario demonstrates. */
export interface PredictionCard {
  /** Stable id, `<scenario>/<slug>`. */
  readonly key: string;
  readonly scenario: string;
  readonly prompt: string;
  readonly answer: string;
  readonly seed: number;
  readonly settings: SettingsRecord;
  readonly actions: readonly SimAction[];
  readonly untilMs: number;
  /** True when the run's final metrics show what `answer` says. */
  readonly check: (metrics: Metrics) => boolean;
}

export type CardDefinition = Omit<PredictionCard, "scenario" | "key" | "actions"> & {
  readonly slug: string;
  readonly actions?: readonly SimAction[];
};

/**
 * A scenario as a pure model over its own plain-data state `S` (structuredClone-able: no
 * functions, no class instances). Handlers update `state` in place; the engine owns it and
 * clones it into snapshots, so a handler is a reducer `(state, event) → state` in effect.
 * Messages and timers must not be mutated after they are sent.
 */
export interface ScenarioDefinition<S, M extends Tagged, T extends Tagged, Z extends SettingsSchema> {
  /** kebab-case with at least one hyphen. */
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly settings: Z;
  readonly defaultUntilMs: number;
  /** How often the run samples metrics for charts (simulated ms). */
  readonly sampleEveryMs: number;
  readonly metricSpecs: readonly MetricSpec[];
  actions(settings: z.output<Z>): readonly ActionSpec[];
  init(settings: z.output<Z>, ctx: SimContext<M, T>): S;
  onMessage(state: S, delivery: Delivery<M>, ctx: SimContext<M, T>): void;
  /** `node` is undefined for environment timers set with `ctx.schedule`. */
  onTimer(state: S, timer: T, node: NodeId | undefined, ctx: SimContext<M, T>): void;
  /** After the engine applied its part (crash, partition…), with node aliases resolved. */
  onAction?(state: S, action: SimAction, ctx: SimContext<M, T>): void;
  /** The node just went down: drop its volatile state here. */
  onCrash?(state: S, node: NodeId, ctx: SimContext<M, T>): void;
  /** The node is back: rebuild volatile state from durable state and restart its timers. */
  onRestart?(state: S, node: NodeId, ctx: SimContext<M, T>): void;
  metrics(state: S, now: number): Metrics;
  topology(state: S): Topology;
  nodeStatus?(state: S, node: NodeId): string | undefined;
  summarize?(msg: M): string;
  resolveNode?(state: S, alias: string): NodeId | undefined;
  readonly cards: readonly CardDefinition[];
}

/** Scenario metadata with the model's types erased: what the registry and the player see. */
export interface ScenarioInfo {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly defaultUntilMs: number;
  readonly sampleEveryMs: number;
  readonly controls: readonly Control[];
  readonly metricSpecs: readonly MetricSpec[];
  readonly actionTypes: readonly SimActionType[];
  readonly cards: readonly PredictionCard[];
  /** Fills defaults and checks ranges; throws SimInputError. */
  parseSettings(input: unknown): SettingsRecord;
  /** The buttons to offer for these settings. */
  actionSpecs(settings?: unknown): readonly ActionSpec[];
}

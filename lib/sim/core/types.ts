export type NodeId = string;

/** Scenario messages and timers are tagged unions on `type`. */
export interface Tagged {
  readonly type: string;
}

/** A scenario's flat numeric readouts. */
export type Metrics = Record<string, number>;

export type SettingValue = number | boolean | string;
export type SettingsRecord = Readonly<Record<string, SettingValue>>;

/**
 * A user (or scripted) action, applied at time `at`. It is processed after every event
 * scheduled at or before `at`, so the same action list always yields the same trace.
 * A node may be an alias the scenario resolves when the action runs (e.g. `@leader`).
 */
export type SimAction =
  | { readonly at: number; readonly type: "crash"; readonly node: NodeId }
  | { readonly at: number; readonly type: "restart"; readonly node: NodeId }
  | { readonly at: number; readonly type: "partition"; readonly groups: readonly (readonly NodeId[])[] }
  | { readonly at: number; readonly type: "heal" }
  | { readonly at: number; readonly type: "set"; readonly key: string; readonly value: SettingValue }
  | { readonly at: number; readonly type: "add-node" }
  | { readonly at: number; readonly type: "remove-node"; readonly node: NodeId };

export type SimActionType = SimAction["type"];

/** What a run records for each processed event or action. */
export interface LogEntry {
  /** Position in the log (0-based). */
  readonly index: number;
  readonly t: number;
  readonly kind: "deliver" | "drop" | "timer" | "action";
  /** Where it happened: the receiver, the timer's owner, or the action's target. */
  readonly node?: NodeId;
  readonly from?: NodeId;
  readonly to?: NodeId;
  readonly msgId?: number;
  /** Message summary, timer type, or action description. */
  readonly label: string;
  readonly reason?: "loss" | "partition" | "down" | "no-target";
  /** What the scenario said while handling it ("n3 elected leader for term 4"). */
  readonly notes?: readonly string[];
}

/** A message on the wire, or a timer, waiting in the event queue. */
export type QueueEntry<M, T> =
  | {
      readonly kind: "deliver";
      readonly t: number;
      readonly seq: number;
      readonly msgId: number;
      readonly from: NodeId;
      readonly to: NodeId;
      readonly sentAt: number;
      readonly lost: boolean;
      readonly msg: M;
    }
  | {
      readonly kind: "timer";
      readonly t: number;
      readonly seq: number;
      readonly timerId: number;
      /** Undefined for environment timers (scripted faults), which no crash can cancel. */
      readonly node: NodeId | undefined;
      readonly incarnation: number;
      readonly timer: T;
    };

/** Per-node runtime the engine keeps: liveness and clock. */
export interface NodeRuntime {
  up: boolean;
  /** Bumped on every crash, so timers set before it never fire after a restart. */
  incarnation: number;
  /** Local clock = real time × (1 + drift) + offsetMs. */
  offsetMs: number;
  drift: number;
}

export interface TopologyNode {
  readonly id: NodeId;
  readonly label: string;
  /** Free-form role for styling: "client", "lb", "service", "db", "replica"… */
  readonly role: string;
  /** Position in the unit square, for drawing. */
  readonly x: number;
  readonly y: number;
}

export interface Topology {
  readonly nodes: readonly TopologyNode[];
  readonly links: readonly { readonly a: NodeId; readonly b: NodeId }[];
}

export interface MetricSpec {
  readonly key: string;
  readonly label: string;
  readonly unit?: "ms" | "%" | "count" | "ratio";
}

export interface MetricSample {
  readonly t: number;
  readonly values: Metrics;
}

export interface InFlightMessage {
  readonly msgId: number;
  readonly from: NodeId;
  readonly to: NodeId;
  readonly label: string;
  readonly sentAt: number;
  readonly arriveAt: number;
  /** 0 at the sender, 1 at the receiver, at the run's current time. */
  readonly progress: number;
  readonly lost: boolean;
}

/** Everything a player needs to draw one moment. */
export interface RunView {
  readonly time: number;
  readonly nodes: readonly (TopologyNode & {
    readonly up: boolean;
    readonly status: string | undefined;
    readonly localTimeMs: number;
  })[];
  readonly links: readonly { readonly a: NodeId; readonly b: NodeId; readonly cut: boolean }[];
  readonly messages: readonly InFlightMessage[];
  readonly partitions: readonly (readonly NodeId[])[];
}

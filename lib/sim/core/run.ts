import type { z } from "zod";
import { Engine, type EngineSnapshot } from "./engine";
import { SimInputError, SimModelError } from "./errors";
import type { ScenarioDefinition } from "./scenario";
import type { SettingsSchema } from "./settings";
import type {
  InFlightMessage,
  LogEntry,
  Metrics,
  MetricSample,
  RunView,
  SettingsRecord,
  SimAction,
  Tagged,
} from "./types";

export interface RunOptions {
  readonly seed: number;
  /** Partial settings; defaults fill the rest. */
  readonly settings?: unknown;
  /** Timestamped actions, applied in time order. */
  readonly actions?: readonly unknown[];
  /** Keep the event log, snapshots and metric series (default true). Off for fast headless sweeps. */
  readonly record?: boolean;
  /** Take a snapshot every this many log entries (default 1000)… */
  readonly snapshotEvery?: number;
  /** …or every this many simulated ms, whichever comes first (default 1000). */
  readonly snapshotEveryMs?: number;
  /** Metric sampling period in simulated ms (default: the scenario's). */
  readonly sampleEveryMs?: number;
}

/**
 * One run of a scenario, recorded so a player can step, seek and branch.
 * `log` may extend past `cursor` after a seek backwards; stepping forward replays it exactly.
 */
export interface SimRun {
  readonly scenarioId: string;
  readonly seed: number;
  readonly settings: SettingsRecord;
  /** Current simulated time (ms). */
  readonly now: number;
  /** How many log entries have been processed to reach the current state. */
  readonly cursor: number;
  /** The recorded timeline (empty when `record` is off). */
  readonly log: readonly LogEntry[];
  /** The action script, sorted by time. `createRun(id, { seed, settings, actions })` replays this run. */
  readonly actions: readonly SimAction[];
  /** The scenario's state (plain data, read-only for callers). */
  readonly state: unknown;
  readonly snapshotCount: number;
  /** Time of the next event or action, undefined when the run has nothing left to do. */
  nextTime(): number | undefined;
  /** Processes one event or action. */
  step(): LogEntry | undefined;
  /** Moves to time `t` (forwards or backwards): everything at or before `t` is processed. */
  seek(t: number): void;
  /** Moves to just after `index` log entries (for stepping backwards one event at a time). */
  seekIndex(index: number): void;
  /** Adds an action at `at` (default: now, never earlier); the recorded future after now is discarded. */
  act(action: unknown): SimAction;
  metrics(): Metrics;
  /** Sampled metrics (recorded, possibly past `now` after a seek backwards). */
  series(): readonly MetricSample[];
  view(): RunView;
}

interface RunSnapshot<S, M, T> {
  readonly engine: EngineSnapshot<S, M, T>;
  readonly samples: number;
}

export class RecordedRun<S, M extends Tagged, T extends Tagged, Z extends SettingsSchema> implements SimRun {
  private readonly engine: Engine<S, M, T, Z>;
  private readonly record: boolean;
  private readonly snapshotEvery: number;
  private readonly snapshotEveryMs: number;
  private readonly sampleEveryMs: number;
  private readonly entries: LogEntry[] = [];
  private readonly samples: MetricSample[] = [];
  private snapshots: RunSnapshot<S, M, T>[] = [];
  private sampleIndex = 0;
  private time = 0;

  readonly scenarioId: string;
  readonly seed: number;

  constructor(
    model: ScenarioDefinition<S, M, T, Z>,
    readonly settings: SettingsRecord,
    typedSettings: z.output<Z>,
    actions: readonly SimAction[],
    options: RunOptions,
    private readonly validateAction: (input: unknown) => SimAction,
  ) {
    this.scenarioId = model.id;
    this.seed = options.seed;
    this.record = options.record ?? true;
    this.snapshotEvery = options.snapshotEvery ?? 1000;
    this.snapshotEveryMs = options.snapshotEveryMs ?? 1000;
    this.sampleEveryMs = options.sampleEveryMs ?? model.sampleEveryMs;
    this.engine = new Engine(model, typedSettings, options.seed, actions);
    if (this.record) this.snapshots.push({ engine: this.engine.capture(), samples: 0 });
  }

  get now(): number {
    return this.time;
  }
  get cursor(): number {
    return this.engine.cursor;
  }
  get log(): readonly LogEntry[] {
    return this.entries;
  }
  get actions(): readonly SimAction[] {
    return this.engine.actions;
  }
  get state(): unknown {
    return this.engine.state;
  }
  get snapshotCount(): number {
    return this.snapshots.length;
  }

  nextTime(): number | undefined {
    return this.engine.nextTime();
  }

  step(): LogEntry | undefined {
    const next = this.engine.nextTime();
    if (next === undefined) return undefined;
    this.sampleUntil(next);
    const entry = this.engine.processNext();
    if (entry === undefined) return undefined;
    this.time = this.engine.now;
    if (!this.record) return entry;
    const recorded = this.entries[entry.index];
    if (recorded === undefined) {
      this.entries.push(entry);
    } else if (recorded.t !== entry.t || recorded.label !== entry.label || recorded.kind !== entry.kind) {
      throw new SimModelError(`replay diverged at entry ${entry.index}: the scenario is not deterministic`);
    }
    this.maybeSnapshot();
    return recorded ?? entry;
  }

  /** Takes the metric samples due strictly before `t` (later actions at `t` must come first). */
  private sampleUntil(t: number): void {
    if (!this.record) return;
    for (let at = this.sampleIndex * this.sampleEveryMs; at < t; at = this.sampleIndex * this.sampleEveryMs) {
      if (this.sampleIndex >= this.samples.length) {
        this.samples.push({ t: at, values: this.engine.model.metrics(this.engine.state, at) });
      }
      this.sampleIndex += 1;
    }
  }

  private maybeSnapshot(): void {
    const last = this.snapshots[this.snapshots.length - 1];
    if (last === undefined || this.engine.cursor <= last.engine.cursor) return;
    if (this.engine.cursor - last.engine.cursor < this.snapshotEvery && this.engine.now - last.engine.now < this.snapshotEveryMs) {
      return;
    }
    this.snapshots.push({ engine: this.engine.capture(), samples: this.sampleIndex });
  }

  private advanceTo(t: number): void {
    for (let next = this.engine.nextTime(); next !== undefined && next <= t; next = this.engine.nextTime()) this.step();
    this.sampleUntil(t);
    this.time = Math.max(this.time, t);
  }

  private restore(snapshot: RunSnapshot<S, M, T>): void {
    this.engine.restore(snapshot.engine);
    this.sampleIndex = snapshot.samples;
    this.time = snapshot.engine.now;
  }

  private latestSnapshot(fits: (s: EngineSnapshot<S, M, T>) => boolean): RunSnapshot<S, M, T> {
    for (let i = this.snapshots.length - 1; i >= 0; i--) {
      const snapshot = this.snapshots[i];
      if (snapshot !== undefined && fits(snapshot.engine)) return snapshot;
    }
    throw new SimInputError("cannot seek backwards in a run created with record: false");
  }

  seek(t: number): void {
    if (!(t >= 0)) throw new SimInputError(`cannot seek to ${t}`);
    if (t < this.time) this.restore(this.latestSnapshot((s) => s.now <= t));
    this.advanceTo(t);
  }

  seekIndex(index: number): void {
    if (!Number.isInteger(index) || index < 0) throw new SimInputError(`cannot seek to entry ${index}`);
    if (index < this.engine.cursor) this.restore(this.latestSnapshot((s) => s.cursor <= index));
    while (this.engine.cursor < index && this.step() !== undefined);
  }

  act(input: unknown): SimAction {
    const stamped = typeof input === "object" && input !== null && !("at" in input) ? { ...input, at: this.time } : input;
    const action = this.validateAction(stamped);
    if (action.at < this.time) {
      throw new SimInputError(`action at ${action.at} ms is before the run's current time ${this.time} ms`);
    }
    // The recorded future no longer holds: keep only what led to now.
    this.entries.length = Math.min(this.entries.length, this.engine.cursor);
    this.samples.length = Math.min(this.samples.length, this.sampleIndex);
    this.snapshots = this.snapshots.filter((s) => s.engine.cursor <= this.engine.cursor);
    const script = this.engine.actions;
    let position = script.length;
    while (position > this.engine.actionCursor && (script[position - 1]?.at ?? 0) > action.at) position -= 1;
    script.splice(position, 0, action);
    return action;
  }

  metrics(): Metrics {
    return this.engine.model.metrics(this.engine.state, this.time);
  }

  series(): readonly MetricSample[] {
    return this.samples;
  }

  /** Messages on the wire now, with how far along they are (random loss is known from the start). */
  private inFlight(): InFlightMessage[] {
    const { model } = this.engine;
    const out: InFlightMessage[] = [];
    for (const e of this.engine.queued()) {
      if (e.kind !== "deliver") continue;
      const span = e.t - e.sentAt;
      const progress = span <= 0 ? 1 : Math.min(1, Math.max(0, (this.time - e.sentAt) / span));
      const label = model.summarize ? model.summarize(e.msg) : e.msg.type;
      out.push({ msgId: e.msgId, from: e.from, to: e.to, label, sentAt: e.sentAt, arriveAt: e.t, progress, lost: e.lost });
    }
    return out.sort((x, y) => x.msgId - y.msgId);
  }

  view(): RunView {
    const { model, state } = this.engine;
    const topology = model.topology(state);
    return {
      time: this.time,
      nodes: topology.nodes.map((node) => ({
        ...node,
        up: this.engine.isUp(node.id),
        status: model.nodeStatus?.(state, node.id),
        localTimeMs: this.engine.clockAt(node.id, this.time),
      })),
      links: topology.links.map((link) => ({ ...link, cut: this.engine.linkCut(link.a, link.b) })),
      messages: this.inFlight(),
      partitions: this.engine.partitions(),
    };
  }
}

import type { z } from "zod";
import { describeAction } from "./actions";
import type { SimContext } from "./context";
import { SimModelError } from "./errors";
import { EventQueue } from "./event-queue";
import {
  arrivalTime,
  copiesOnLink,
  createNetwork,
  healNetwork,
  isCut,
  type LinkProfile,
  linkFor,
  type NetworkState,
  partitionNetwork,
  setLink,
} from "./network";
import { createRng, type Rng, type RngState } from "./prng";
import type { ScenarioDefinition } from "./scenario";
import type { SettingsSchema } from "./settings";
import type { LogEntry, NodeId, NodeRuntime, QueueEntry, SimAction, Tagged } from "./types";

/** Everything needed to resume an engine exactly where it was. */
export interface EngineSnapshot<S, M, T> {
  readonly cursor: number;
  readonly now: number;
  readonly state: S;
  readonly heap: readonly QueueEntry<M, T>[];
  readonly rng: RngState;
  readonly seq: number;
  readonly nextMsgId: number;
  readonly nextTimerId: number;
  readonly nodes: Record<NodeId, NodeRuntime>;
  readonly net: NetworkState;
  readonly cancelled: readonly number[];
  readonly actionCursor: number;
}

type Entry<M, T> = QueueEntry<M, T>;

/**
 * The discrete-event loop: pops events in (time, sequence) order, hands them to the
 * scenario, and serves as the scenario's `SimContext`. Pending actions run after every
 * event at or before their time.
 */
export class Engine<S, M extends Tagged, T extends Tagged, Z extends SettingsSchema> implements SimContext<M, T> {
  state: S;
  now = 0;
  /** Log entries produced so far. */
  cursor = 0;
  readonly rng: Rng;
  /** The action script, sorted by time; the run inserts into it. */
  readonly actions: SimAction[];
  actionCursor = 0;
  private queue = new EventQueue<Entry<M, T>>();
  private seq = 0;
  private nextMsgId = 1;
  private nextTimerId = 1;
  private nodes: Record<NodeId, NodeRuntime> = {};
  private net: NetworkState = createNetwork();
  private cancelled = new Set<number>();
  private notes: string[] | undefined;

  constructor(
    readonly model: ScenarioDefinition<S, M, T, Z>,
    readonly settings: z.output<Z>,
    seed: number,
    actions: readonly SimAction[],
  ) {
    this.rng = createRng(seed);
    this.actions = [...actions].sort((x, y) => x.at - y.at);
    this.state = model.init(settings, this);
  }

  // --- the loop ---

  /** Time of the next thing to process, or undefined when nothing is left. */
  nextTime(): number | undefined {
    this.purgeDeadTimers();
    const event = this.queue.peek();
    const action = this.actions[this.actionCursor];
    if (action !== undefined && (event === undefined || event.t > action.at)) return Math.max(action.at, this.now);
    return event?.t;
  }

  /** Processes the next event or action and returns its log entry. */
  processNext(): LogEntry | undefined {
    this.purgeDeadTimers();
    const event = this.queue.peek();
    const action = this.actions[this.actionCursor];
    this.notes = undefined;
    let entry: LogEntry;
    if (action !== undefined && (event === undefined || event.t > action.at)) {
      this.actionCursor += 1;
      this.now = Math.max(this.now, action.at);
      entry = this.applyAction(action);
    } else if (event !== undefined) {
      this.queue.pop();
      this.now = event.t;
      entry = event.kind === "deliver" ? this.deliver(event) : this.fire(event);
    } else {
      return undefined;
    }
    this.cursor += 1;
    return entry;
  }

  private purgeDeadTimers(): void {
    for (let top = this.queue.peek(); top !== undefined && top.kind === "timer"; top = this.queue.peek()) {
      const node = top.node === undefined ? undefined : this.nodes[top.node];
      const dead =
        this.cancelled.has(top.timerId) || (node !== undefined && (!node.up || node.incarnation !== top.incarnation));
      if (!dead) return;
      this.cancelled.delete(top.timerId);
      this.queue.pop();
    }
  }

  /** Every entry has the same shape (hot path: one allocation, one hidden class). */
  private entry(
    kind: LogEntry["kind"],
    node: NodeId | undefined,
    from: NodeId | undefined,
    to: NodeId | undefined,
    msgId: number | undefined,
    label: string,
    reason: LogEntry["reason"],
  ): LogEntry {
    return { index: this.cursor, t: this.now, kind, node, from, to, msgId, label, reason, notes: this.notes };
  }

  private deliver(event: Extract<Entry<M, T>, { kind: "deliver" }>): LogEntry {
    const { from, to, msgId, msg } = event;
    const label = this.model.summarize ? this.model.summarize(msg) : msg.type;
    const reason = event.lost ? "loss" : isCut(this.net, from, to) ? "partition" : !this.isUp(to) ? "down" : undefined;
    if (reason !== undefined) return this.entry("drop", to, from, to, msgId, label, reason);
    // The queue entry already has the Delivery shape; handlers only read it.
    this.model.onMessage(this.state, event, this);
    return this.entry("deliver", to, from, to, msgId, label, undefined);
  }

  private fire(event: Extract<Entry<M, T>, { kind: "timer" }>): LogEntry {
    this.model.onTimer(this.state, event.timer, event.node, this);
    return this.entry("timer", event.node, undefined, undefined, undefined, event.timer.type, undefined);
  }

  private resolve(node: NodeId): NodeId | undefined {
    if (!node.startsWith("@")) return node;
    if (node === "@down") {
      return Object.keys(this.nodes)
        .filter((id) => this.nodes[id]?.up === false)
        .sort()[0];
    }
    return this.model.resolveNode?.(this.state, node);
  }

  private applyAction(raw: SimAction): LogEntry {
    let action = raw;
    if ("node" in raw) {
      const node = this.resolve(raw.node);
      if (node === undefined) {
        return this.entry("action", undefined, undefined, undefined, undefined, describeAction(raw), "no-target");
      }
      action = { ...raw, node };
    }
    if (action.type === "crash") this.crash(action.node);
    else if (action.type === "restart") this.restart(action.node);
    else if (action.type === "partition") this.partition(action.groups);
    else if (action.type === "heal") this.heal();
    this.model.onAction?.(this.state, action, this);
    const node = "node" in action ? action.node : undefined;
    return this.entry("action", node, undefined, undefined, undefined, describeAction(action), undefined);
  }

  // --- SimContext ---

  send(from: NodeId, to: NodeId, msg: M): void {
    const { profile, key } = linkFor(this.net, from, to);
    const copies = copiesOnLink(profile, this.rng);
    for (let i = 0; i < copies; i++) {
      // Random loss is decided now and shown when the message would have arrived.
      const lost = profile.drop > 0 && this.rng.chance(profile.drop);
      const t = arrivalTime(this.net, profile, key, this.rng, this.now);
      this.queue.push({ kind: "deliver", t, seq: this.seq++, msgId: this.nextMsgId++, from, to, sentAt: this.now, lost, msg });
    }
  }

  setTimer(node: NodeId, delayMs: number, timer: T): number {
    const runtime = this.runtime(node);
    if (!runtime.up) return -1;
    return this.pushTimer(delayMs / (1 + runtime.drift), node, runtime.incarnation, timer);
  }

  schedule(delayMs: number, timer: T): number {
    return this.pushTimer(delayMs, undefined, 0, timer);
  }

  private pushTimer(delayMs: number, node: NodeId | undefined, incarnation: number, timer: T): number {
    if (!(delayMs >= 0)) throw new SimModelError(`timer "${timer.type}" scheduled with delay ${delayMs}`);
    const timerId = this.nextTimerId++;
    this.queue.push({ kind: "timer", t: this.now + delayMs, seq: this.seq++, timerId, node, incarnation, timer });
    return timerId;
  }

  cancelTimer(timerId: number): void {
    if (timerId > 0) this.cancelled.add(timerId);
  }

  isUp(node: NodeId): boolean {
    return this.nodes[node]?.up ?? true;
  }

  localTime(node: NodeId): number {
    return this.clockAt(node, this.now);
  }

  /** What `node`'s clock reads at real time `t`. */
  clockAt(node: NodeId, t: number): number {
    const runtime = this.nodes[node];
    return runtime === undefined ? t : t * (1 + runtime.drift) + runtime.offsetMs;
  }

  setClock(node: NodeId, offsetMs: number, drift: number): void {
    const runtime = this.runtime(node);
    runtime.offsetMs = offsetMs;
    runtime.drift = drift;
  }

  setLink(a: NodeId, b: NodeId, profile: Partial<LinkProfile>): void {
    setLink(this.net, a, b, profile);
  }

  setDefaultLink(profile: Partial<LinkProfile>): void {
    this.net.defaultLink = { ...this.net.defaultLink, ...profile };
  }

  crash(node: NodeId): void {
    const runtime = this.runtime(node);
    if (!runtime.up) return;
    runtime.up = false;
    runtime.incarnation += 1;
    this.model.onCrash?.(this.state, node, this);
  }

  restart(node: NodeId): void {
    const runtime = this.runtime(node);
    if (runtime.up) return;
    runtime.up = true;
    this.model.onRestart?.(this.state, node, this);
  }

  partition(groups: readonly (readonly NodeId[])[]): void {
    partitionNetwork(this.net, groups);
  }

  heal(): void {
    healNetwork(this.net);
  }

  note(text: string): void {
    (this.notes ??= []).push(text);
  }

  private runtime(node: NodeId): NodeRuntime {
    return (this.nodes[node] ??= { up: true, incarnation: 0, offsetMs: 0, drift: 0 });
  }

  // --- inspection and snapshots ---

  linkCut(a: NodeId, b: NodeId): boolean {
    return isCut(this.net, a, b);
  }

  partitions(): readonly (readonly NodeId[])[] {
    return this.net.partitions;
  }

  /** What is waiting in the event queue (a copy, in heap order). */
  queued(): QueueEntry<M, T>[] {
    return this.queue.entries();
  }

  capture(): EngineSnapshot<S, M, T> {
    return {
      cursor: this.cursor,
      now: this.now,
      state: structuredClone(this.state),
      heap: this.queue.entries(),
      rng: this.rng.getState(),
      seq: this.seq,
      nextMsgId: this.nextMsgId,
      nextTimerId: this.nextTimerId,
      nodes: structuredClone(this.nodes),
      net: structuredClone(this.net),
      cancelled: [...this.cancelled],
      actionCursor: this.actionCursor,
    };
  }

  restore(snapshot: EngineSnapshot<S, M, T>): void {
    this.cursor = snapshot.cursor;
    this.now = snapshot.now;
    this.state = structuredClone(snapshot.state);
    this.queue = EventQueue.fromHeap(snapshot.heap);
    this.rng.setState(snapshot.rng);
    this.seq = snapshot.seq;
    this.nextMsgId = snapshot.nextMsgId;
    this.nextTimerId = snapshot.nextTimerId;
    this.nodes = structuredClone(snapshot.nodes);
    this.net = structuredClone(snapshot.net);
    this.cancelled = new Set(snapshot.cancelled);
    this.actionCursor = snapshot.actionCursor;
  }
}

import type { LinkProfile } from "./network";
import type { Rng } from "./prng";
import type { NodeId, Tagged } from "./types";

/** A message as a handler receives it. */
export interface Delivery<M> {
  readonly msgId: number;
  readonly from: NodeId;
  readonly to: NodeId;
  readonly sentAt: number;
  readonly msg: M;
}

/**
 * What a scenario handler may do. Everything goes through here (no clock, no Math.random),
 * which is why a seed and an action list pin a run down completely.
 */
export interface SimContext<M extends Tagged, T extends Tagged> {
  /** Real (simulated) time in ms. Nodes should read `localTime` instead when it matters. */
  readonly now: number;
  readonly rng: Rng;
  send(from: NodeId, to: NodeId, msg: M): void;
  /** A timer on `node`, `delayMs` of that node's local (drifting) clock from now. Dies if the node crashes. */
  setTimer(node: NodeId, delayMs: number, timer: T): number;
  /** An environment timer (scripted faults, workload): no node owns it, nothing cancels it but `cancelTimer`. */
  schedule(delayMs: number, timer: T): number;
  cancelTimer(timerId: number): void;
  isUp(node: NodeId): boolean;
  localTime(node: NodeId): number;
  setClock(node: NodeId, offsetMs: number, drift: number): void;
  setLink(a: NodeId, b: NodeId, profile: Partial<LinkProfile>): void;
  setDefaultLink(profile: Partial<LinkProfile>): void;
  crash(node: NodeId): void;
  restart(node: NodeId): void;
  partition(groups: readonly (readonly NodeId[])[]): void;
  heal(): void;
  /** A line for the event log, attached to the event being handled. */
  note(text: string): void;
}

import type { SimContext } from "../core/context";
import type { OutageState } from "./outage-degradation";

/** A durable queue entry: it stays until the dependency acknowledges it (at-least-once). */
export interface QueueItem {
  actionId: number;
  enqueuedAt: number;
  attempts: number;
  notBefore: number;
}

const MAX_BACKOFF_MS = 1000;

// Structural context: the queue only sends calls and sets its own timers.
type Ctx = SimContext<
  { type: "call"; callId: number; op: "critical"; key: number; actionId: number },
  { type: "delivery-timeout"; callId: number } | { type: "pump" }
>;

/** Delivers due items, at most `replayConcurrency` at a time, and wakes itself for backed-off ones. */
export function pumpQueue(state: OutageState, ctx: Ctx): void {
  const { queue, settings } = state;
  if (!ctx.isUp("queue")) return;
  let busy = Object.keys(queue.inFlight).length;
  let wakeAt = Infinity;
  const leased = new Set(Object.values(queue.inFlight));
  for (const item of queue.items) {
    if (busy >= settings.replayConcurrency) break;
    if (leased.has(item.actionId)) continue;
    if (item.notBefore > ctx.now) {
      wakeAt = Math.min(wakeAt, item.notBefore);
      continue;
    }
    const callId = queue.nextCallId++;
    item.attempts += 1;
    queue.inFlight[callId] = item.actionId;
    busy += 1;
    ctx.send("queue", "dependency", { type: "call", callId, op: "critical", key: 0, actionId: item.actionId });
    ctx.setTimer("queue", settings.callTimeoutMs, { type: "delivery-timeout", callId });
  }
  if (wakeAt < queue.pumpAt) {
    queue.pumpAt = wakeAt;
    ctx.setTimer("queue", wakeAt - ctx.now, { type: "pump" });
  }
}

export function queueAcked(state: OutageState, callId: number, ctx: Ctx): void {
  const { queue, seen } = state;
  const actionId = queue.inFlight[callId];
  if (actionId === undefined) return;
  delete queue.inFlight[callId];
  const before = queue.items.length;
  queue.items = queue.items.filter((item) => item.actionId !== actionId);
  if (before > 0 && queue.items.length === 0 && seen.recoveredAt >= 0 && seen.backlogDrainMs === 0) {
    seen.backlogDrainMs = ctx.now - seen.recoveredAt;
    ctx.note(`backlog drained ${Math.round(seen.backlogDrainMs)} ms after recovery`);
  }
  pumpQueue(state, ctx);
}

export function queueTimedOut(state: OutageState, callId: number, ctx: Ctx): void {
  const { queue } = state;
  const actionId = queue.inFlight[callId];
  if (actionId === undefined) return;
  delete queue.inFlight[callId];
  const item = queue.items.find((candidate) => candidate.actionId === actionId);
  if (item !== undefined) item.notBefore = ctx.now + Math.min(MAX_BACKOFF_MS, 50 * 2 ** item.attempts);
  pumpQueue(state, ctx);
}

import type { SimContext } from "../core/context";
import { allowCall, callSucceeded } from "./circuit-breaker";
import type { Call, OutageMsg, OutageState, OutageTimer, Outcome } from "./outage-degradation";

// The api node of the outage scenario: breaker, shedding, stale reads, and the hand-off to the queue.
type Ctx = SimContext<OutageMsg, OutageTimer>;
type Msg = OutageMsg;

function respond(state: OutageState, call: Pick<Call, "requestId">, outcome: Outcome, ctx: Ctx): void {
  if (outcome === "error") state.seen.errors += 1;
  ctx.send("api", "client", { type: "response", id: call.requestId, outcome });
}

/** The dependency could not answer: degrade instead of failing outright where we can. */
export function fallback(state: OutageState, call: Omit<Call, "timer" | "viaQueue">, ctx: Ctx): void {
  if (call.kind === "read") {
    const cached = state.api.cache[call.key];
    const age = cached === undefined ? Infinity : ctx.now - cached.fetchedAt;
    if (age <= state.settings.maxStalenessMs) {
      state.seen.staleServed += 1;
      state.seen.maxStalenessServedMs = Math.max(state.seen.maxStalenessServedMs, age);
      return respond(state, call, "stale", ctx);
    }
  }
  if (call.kind === "critical") state.seen.rejectedActions[call.actionId] = true;
  respond(state, call, "error", ctx);
}

export function handleRequest(state: OutageState, msg: Extract<Msg, { type: "request" }>, ctx: Ctx): void {
  const { api, settings: s } = state;
  const base = { requestId: msg.id, kind: msg.kind, key: msg.key, actionId: msg.actionId };
  if (msg.kind === "critical" && s.queue) {
    const callId = state.queue.nextCallId++;
    const timer = ctx.setTimer("api", s.callTimeoutMs, { type: "call-timeout", callId });
    api.calls[callId] = { ...base, timer, viaQueue: true };
    ctx.send("api", "queue", { type: "enqueue", callId, actionId: msg.actionId });
    return;
  }
  if (!allowCall(api.breaker, s, ctx.now)) {
    if (msg.kind === "extra") {
      state.seen.shed += 1;
      return respond(state, base, "shed", ctx);
    }
    return fallback(state, base, ctx);
  }
  const callId = state.queue.nextCallId++;
  const timer = ctx.setTimer("api", s.callTimeoutMs, { type: "call-timeout", callId });
  api.calls[callId] = { ...base, timer, viaQueue: false };
  ctx.send("api", "dependency", { type: "call", callId, op: msg.kind, key: msg.key, actionId: msg.actionId });
}

export function onApiReply(state: OutageState, msg: Extract<Msg, { type: "call-ok" | "enqueued" }>, ctx: Ctx): void {
  const call = state.api.calls[msg.callId];
  if (call === undefined) return;
  delete state.api.calls[msg.callId];
  ctx.cancelTimer(call.timer);
  if (msg.type === "enqueued") return respond(state, call, "accepted", ctx);
  if (callSucceeded(state.api.breaker)) ctx.note("breaker closes");
  if (call.kind === "read") state.api.cache[call.key] = { version: msg.version, fetchedAt: ctx.now };
  respond(state, call, "ok", ctx);
}

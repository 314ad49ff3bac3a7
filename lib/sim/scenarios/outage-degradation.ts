import { z } from "zod";
import { defineScenario } from "../core/define";
import { uniform } from "../core/latency";
import { createHistogram, type Histogram, quantile, ratio, record, round } from "../core/stats";
import { fallback, handleRequest, onApiReply } from "./outage-api";
import { type Breaker, breakerCode, callFailed, createBreaker } from "./circuit-breaker";
import { pumpQueue, type QueueItem, queueAcked, queueTimedOut } from "./outage-queue";

const settings = z
  .object({
    queue: z.boolean().default(true).meta({ title: "Durable queue for critical actions" }),
    rps: z.number().min(1).max(500).default(40).meta({ title: "Requests per second", unit: "req/s" }),
    outageAtMs: z.number().int().min(0).max(600000).default(3000).meta({ title: "Dependency fails at", unit: "ms" }),
    outageMs: z.number().int().min(0).max(600000).default(3000).meta({ title: "Outage length", unit: "ms" }),
    callTimeoutMs: z.number().int().min(10).max(5000).default(200).meta({ title: "Call timeout", unit: "ms" }),
    failureThreshold: z.number().int().min(1).max(20).default(5).meta({ title: "Failures to trip the breaker" }),
    breakerOpenMs: z.number().int().min(50).max(10000).default(1000).meta({ title: "Breaker open for", unit: "ms" }),
    maxStalenessMs: z.number().int().min(0).max(60000).default(5000).meta({ title: "Max cache staleness", unit: "ms" }),
    replayConcurrency: z.number().int().min(1).max(50).default(4).meta({ title: "Replay concurrency" }),
  })
  .strict();
export type OutageSettings = z.output<typeof settings>;

export type Kind = "read" | "critical" | "extra";
export type Outcome = "ok" | "stale" | "accepted" | "shed" | "error";

export type OutageMsg =
  | { type: "request"; id: number; kind: Kind; key: number; actionId: number }
  | { type: "response"; id: number; outcome: Outcome }
  | { type: "call"; callId: number; op: Kind; key: number; actionId: number }
  | { type: "call-ok"; callId: number; version: number }
  | { type: "enqueue"; callId: number; actionId: number }
  | { type: "enqueued"; callId: number };

export type OutageTimer =
  | { type: "next-request" }
  | { type: "call-timeout"; callId: number }
  | { type: "delivery-timeout"; callId: number }
  | { type: "pump" }
  | { type: "outage-start" }
  | { type: "outage-end" };

export interface Call {
  requestId: number;
  kind: Kind;
  key: number;
  actionId: number;
  timer: number;
  viaQueue: boolean;
}

export interface OutageState {
  settings: OutageSettings;
  nextId: number;
  sentAt: Record<number, number>;
  api: { breaker: Breaker; calls: Record<number, Call>; cache: Record<number, { version: number; fetchedAt: number }> };
  queue: { items: QueueItem[]; inFlight: Record<number, number>; nextCallId: number; pumpAt: number };
  dependency: { applied: Record<number, true> };
  seen: {
    requests: number;
    errors: number;
    shed: number;
    staleServed: number;
    maxStalenessServedMs: number;
    criticalSubmitted: number;
    rejectedActions: Record<number, true>;
    latency: Histogram;
    recoveredAt: number;
    backlogDrainMs: number;
  };
}


export const outageDegradation = defineScenario<OutageState, OutageMsg, OutageTimer, typeof settings>({
  id: "outage-degradation",
  title: "Outage, graceful degradation and replay",
  description:
    "A dependency goes down for a while. A circuit breaker trips so calls fail fast, non-core work is shed, " +
    "reads are served from cache within a staleness bound, and critical actions wait in a durable queue " +
    "that replays them once the dependency recovers.",
  settings,
  defaultUntilMs: 12_000,
  sampleEveryMs: 250,
  metricSpecs: [
    { key: "errorRate", label: "Error rate", unit: "ratio" },
    { key: "p95", label: "Response p95", unit: "ms" },
    { key: "breakerState", label: "Breaker (0 closed, 1 half-open, 2 open)" },
    { key: "shed", label: "Non-core requests shed", unit: "count" },
    { key: "staleServed", label: "Reads served from cache", unit: "count" },
    { key: "queueDepth", label: "Queued critical actions", unit: "count" },
    { key: "queueLag", label: "Oldest queued action age", unit: "ms" },
    { key: "backlogDrainMs", label: "Backlog drain time", unit: "ms" },
    { key: "actionsLost", label: "Critical actions lost", unit: "count" },
  ],
  actions: () => [
    { label: "Take the dependency down", action: { type: "crash", node: "dependency" } },
    { label: "Bring the dependency back", action: { type: "restart", node: "dependency" } },
    { label: "Queue on", action: { type: "set", key: "queue", value: true } },
    { label: "Queue off", action: { type: "set", key: "queue", value: false } },
    { label: "Crash the queue", action: { type: "crash", node: "queue" } },
    { label: "Restart the queue", action: { type: "restart", node: "queue" } },
  ],

  init(s, ctx) {
    ctx.setDefaultLink({ latency: uniform(1, 3) });
    ctx.setTimer("client", 0, { type: "next-request" });
    if (s.outageMs > 0) {
      ctx.schedule(s.outageAtMs, { type: "outage-start" });
      ctx.schedule(s.outageAtMs + s.outageMs, { type: "outage-end" });
    }
    return {
      settings: s,
      nextId: 1,
      sentAt: {},
      api: { breaker: createBreaker(), calls: {}, cache: {} },
      queue: { items: [], inFlight: {}, nextCallId: 1, pumpAt: Infinity },
      dependency: { applied: {} },
      seen: {
        requests: 0,
        errors: 0,
        shed: 0,
        staleServed: 0,
        maxStalenessServedMs: 0,
        criticalSubmitted: 0,
        rejectedActions: {},
        latency: createHistogram(),
        recoveredAt: -1,
        backlogDrainMs: 0,
      },
    };
  },

  onMessage(state, { from, to, msg }, ctx) {
    switch (msg.type) {
      case "request":
        return handleRequest(state, msg, ctx);
      case "response": {
        const sentAt = state.sentAt[msg.id];
        delete state.sentAt[msg.id];
        if (sentAt !== undefined) record(state.seen.latency, ctx.now - sentAt);
        return;
      }
      case "call":
        if (msg.op === "critical") state.dependency.applied[msg.actionId] = true;
        ctx.send(to, from, { type: "call-ok", callId: msg.callId, version: Math.floor(ctx.now / 1000) });
        return;
      case "call-ok":
        if (to === "queue") return queueAcked(state, msg.callId, ctx);
        return onApiReply(state, msg, ctx);
      case "enqueue":
        state.queue.items.push({ actionId: msg.actionId, enqueuedAt: ctx.now, attempts: 0, notBefore: ctx.now });
        ctx.send("queue", "api", { type: "enqueued", callId: msg.callId });
        return pumpQueue(state, ctx);
      case "enqueued":
        return onApiReply(state, msg, ctx);
    }
  },

  onTimer(state, timer, _node, ctx) {
    switch (timer.type) {
      case "next-request": {
        const id = state.nextId++;
        const roll = ctx.rng.next();
        const kind: Kind = roll < 0.6 ? "read" : roll < 0.8 ? "critical" : "extra";
        state.seen.requests += 1;
        if (kind === "critical") state.seen.criticalSubmitted += 1;
        state.sentAt[id] = ctx.now;
        ctx.send("client", "api", { type: "request", id, kind, key: ctx.rng.int(1, 20), actionId: id });
        ctx.setTimer("client", ctx.rng.exponential(1000 / state.settings.rps), { type: "next-request" });
        return;
      }
      case "call-timeout": {
        const call = state.api.calls[timer.callId];
        if (call === undefined) return;
        delete state.api.calls[timer.callId];
        if (!call.viaQueue && callFailed(state.api.breaker, state.settings, ctx.now)) ctx.note("breaker opens");
        return fallback(state, call, ctx);
      }
      case "delivery-timeout":
        return queueTimedOut(state, timer.callId, ctx);
      case "pump":
        state.queue.pumpAt = Infinity;
        return pumpQueue(state, ctx);
      case "outage-start":
        return ctx.crash("dependency");
      case "outage-end":
        return ctx.restart("dependency");
    }
  },

  onAction(state, action) {
    if (action.type === "set" && action.key === "queue" && typeof action.value === "boolean") {
      state.settings = { ...state.settings, queue: action.value };
    }
  },

  onCrash(state, node) {
    if (node === "queue") state.queue.inFlight = {}; // leases are volatile; the items are durable
  },

  onRestart(state, node, ctx) {
    if (node === "dependency") state.seen.recoveredAt = ctx.now;
    if (node === "queue") {
      state.queue.pumpAt = Infinity;
      pumpQueue(state, ctx);
    }
  },

  metrics(state, now) {
    const { seen, queue, dependency } = state;
    const oldest = queue.items.reduce((min, item) => Math.min(min, item.enqueuedAt), now);
    const queued = new Set(queue.items.map((item) => item.actionId));
    const lost = Object.keys(seen.rejectedActions)
      .map(Number)
      .filter((id) => !dependency.applied[id] && !queued.has(id)).length;
    return {
      requests: seen.requests,
      errors: seen.errors,
      errorRate: round(ratio(seen.errors, seen.requests), 4),
      p95: round(quantile(seen.latency, 0.95)),
      breakerState: breakerCode(state.api.breaker),
      breakerTrips: state.api.breaker.trips,
      shed: seen.shed,
      staleServed: seen.staleServed,
      maxStalenessServedMs: round(seen.maxStalenessServedMs),
      criticalSubmitted: seen.criticalSubmitted,
      actionsApplied: Object.keys(dependency.applied).length,
      queueDepth: queue.items.length,
      queueLag: round(now - oldest),
      backlogDrainMs: round(seen.backlogDrainMs),
      actionsLost: lost,
    };
  },

  topology: () => ({
    nodes: [
      { id: "client", label: "users", role: "client", x: 0.08, y: 0.5 },
      { id: "api", label: "api + cache", role: "service", x: 0.38, y: 0.5 },
      { id: "queue", label: "durable queue", role: "queue", x: 0.62, y: 0.82 },
      { id: "dependency", label: "dependency", role: "service", x: 0.88, y: 0.5 },
    ],
    links: [
      { a: "client", b: "api" },
      { a: "api", b: "dependency" },
      { a: "api", b: "queue" },
      { a: "queue", b: "dependency" },
    ],
  }),

  nodeStatus(state, node) {
    if (node === "api") return `breaker ${state.api.breaker.mode}`;
    if (node === "queue") return `${state.queue.items.length} queued`;
    return undefined;
  },

  cards: [
    {
      slug: "queue-loses-nothing",
      prompt:
        "The dependency is down for 3 s. Critical actions go to a durable queue that replays them after recovery. " +
        "How many critical actions are lost?",
      answer:
        "None. Each one is acknowledged once it is in the durable queue and applied when the replay drains the " +
        "backlog after the dependency comes back.",
      seed: 23,
      settings: { queue: true },
      untilMs: 12_000,
      check: (m) => m.actionsLost === 0 && (m.backlogDrainMs ?? 0) > 0 && m.queueDepth === 0,
    },
    {
      slug: "no-queue-loses",
      prompt: "Same outage, but critical actions call the dependency directly. Are any lost?",
      answer: "Yes. Every critical action that arrives while the dependency is down (or the breaker is open) fails and is gone.",
      seed: 23,
      settings: { queue: false },
      untilMs: 12_000,
      check: (m) => (m.actionsLost ?? 0) > 0,
    },
  ],
});

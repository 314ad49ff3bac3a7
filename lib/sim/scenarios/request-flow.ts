import { z } from "zod";
import type { SimContext } from "../core/context";
import { defineScenario } from "../core/define";
import { lognormal, sampleLatency, uniform } from "../core/latency";
import { createHistogram, type Histogram, quantile, record, round } from "../core/stats";
import type { NodeId } from "../core/types";
import { inColumn, numbered } from "./layout";
import { createLoadBalancer, healthOk, healthTimedOut, type LoadBalancer, probeAll, route } from "./load-balancer";

const settings = z
  .object({
    instances: z.number().int().min(1).max(6).default(3).meta({ title: "Service instances" }),
    rps: z.number().min(1).max(1000).default(50).meta({ title: "Requests per second", unit: "req/s" }),
    writeRatio: z.number().min(0).max(1).default(0.2).meta({ title: "Share of writes", step: 0.05 }),
    serviceMedianMs: z.number().min(1).max(200).default(8).meta({ title: "Service median time", unit: "ms" }),
    serviceP99Ms: z.number().min(1).max(2000).default(40).meta({ title: "Service p99 time", unit: "ms" }),
    replicationLagMs: z.number().min(1).max(5000).default(50).meta({ title: "Replication delay (median)", unit: "ms" }),
    healthIntervalMs: z.number().int().min(100).max(5000).default(500).meta({ title: "Health check interval", unit: "ms" }),
    unhealthyThreshold: z.number().int().min(1).max(5).default(2).meta({ title: "Failed checks before eviction" }),
    clientTimeoutMs: z.number().int().min(50).max(10000).default(1000).meta({ title: "Client timeout", unit: "ms" }),
    killInstanceAtMs: z.number().int().min(0).max(600000).default(0).meta({ title: "Kill svc-1 at (0 = never)", unit: "ms" }),
  })
  .strict();
type Settings = z.output<typeof settings>;

type Msg =
  | { type: "request"; id: number; write: boolean }
  | { type: "forward"; id: number; write: boolean; clientSentAt: number }
  | { type: "query"; id: number; write: boolean; clientSentAt: number; queriedAt: number }
  | { type: "query-reply"; id: number; clientSentAt: number; queriedAt: number }
  | { type: "response"; id: number }
  | { type: "reply"; id: number }
  | { type: "replicate"; writeId: number; committedAt: number }
  | { type: "health-check"; probe: number }
  | { type: "health-ok"; probe: number };

type Timer =
  | { type: "next-request" }
  | { type: "client-timeout"; id: number }
  | { type: "service-work"; id: number; write: boolean; clientSentAt: number }
  | { type: "db-work"; id: number; write: boolean; clientSentAt: number; queriedAt: number; instance: NodeId }
  | { type: "health-tick" }
  | { type: "health-timeout"; probe: number; instance: NodeId }
  | { type: "kill"; node: NodeId };

interface State {
  settings: Settings;
  instances: NodeId[];
  nextId: number;
  pending: Record<number, { sentAt: number; timer: number }>;
  lb: LoadBalancer;
  db: { nextWrite: number };
  // Observer-side bookkeeping for the readouts (not any node's knowledge).
  seen: {
    requests: number;
    completed: number;
    failed: number;
    routedToDown: number;
    lastRoutedToDownMs: number;
    killedAt: Record<NodeId, number>;
    detectionMs: number;
    unreplicated: Record<number, number>;
    hops: { lb: Histogram; service: Histogram; db: Histogram; endToEnd: Histogram; replicaLag: Histogram };
  };
}

type Ctx = SimContext<Msg, Timer>;

function onClientTimer(state: State, ctx: Ctx): void {
  const id = state.nextId++;
  const write = ctx.rng.chance(state.settings.writeRatio);
  state.seen.requests += 1;
  state.pending[id] = {
    sentAt: ctx.now,
    timer: ctx.setTimer("client", state.settings.clientTimeoutMs, { type: "client-timeout", id }),
  };
  ctx.send("client", "lb", { type: "request", id, write });
  ctx.setTimer("client", ctx.rng.exponential(1000 / state.settings.rps), { type: "next-request" });
}

export const requestFlow = defineScenario<State, Msg, Timer, typeof settings>({
  id: "request-flow",
  title: "Happy-path request flow",
  description:
    "A client calls a load balancer, which spreads requests over service instances backed by a primary " +
    "database with an asynchronous follower. Watch per-hop latency, kill an instance and see the balancer " +
    "route around it once its health check fails, and watch the follower lag behind.",
  settings,
  defaultUntilMs: 10_000,
  sampleEveryMs: 250,
  metricSpecs: [
    { key: "requests", label: "Requests", unit: "count" },
    { key: "completed", label: "Completed", unit: "count" },
    { key: "failed", label: "Failed (timed out)", unit: "count" },
    { key: "endToEndP95", label: "End-to-end p95", unit: "ms" },
    { key: "lbHopP95", label: "Client → LB → service p95", unit: "ms" },
    { key: "serviceP95", label: "Service work p95", unit: "ms" },
    { key: "dbP95", label: "Database round trip p95", unit: "ms" },
    { key: "replicaLagP95", label: "Follower lag p95", unit: "ms" },
    { key: "replicaBehindMs", label: "Follower behind now", unit: "ms" },
    { key: "healthyInstances", label: "Instances in rotation", unit: "count" },
    { key: "routedToDown", label: "Requests sent to a dead instance", unit: "count" },
    { key: "detectionMs", label: "Time to evict a dead instance", unit: "ms" },
  ],
  actions: (s) =>
    numbered("svc-", s.instances).flatMap((id) => [
      { label: `Kill ${id}`, action: { type: "crash", node: id } },
      { label: `Restart ${id}`, action: { type: "restart", node: id } },
    ]),

  init(s, ctx) {
    const instances = numbered("svc-", s.instances);
    ctx.setDefaultLink({ latency: uniform(0.5, 2) });
    ctx.setLink("db", "replica", { latency: lognormal(s.replicationLagMs, s.replicationLagMs * 4) });
    const state: State = {
      settings: s,
      instances,
      nextId: 1,
      pending: {},
      lb: createLoadBalancer(instances),
      db: { nextWrite: 1 },
      seen: {
        requests: 0,
        completed: 0,
        failed: 0,
        routedToDown: 0,
        lastRoutedToDownMs: 0,
        killedAt: {},
        detectionMs: 0,
        unreplicated: {},
        hops: {
          lb: createHistogram(),
          service: createHistogram(),
          db: createHistogram(),
          endToEnd: createHistogram(),
          replicaLag: createHistogram(),
        },
      },
    };
    ctx.setTimer("client", 0, { type: "next-request" });
    ctx.setTimer("lb", s.healthIntervalMs, { type: "health-tick" });
    if (s.killInstanceAtMs > 0) ctx.schedule(s.killInstanceAtMs, { type: "kill", node: "svc-1" });
    return state;
  },

  onMessage(state, { from, to, msg }, ctx) {
    const { seen } = state;
    switch (msg.type) {
      case "request": {
        const target = route(state.lb, state.instances);
        if (target === undefined) return;
        if (!ctx.isUp(target)) {
          seen.routedToDown += 1;
          seen.lastRoutedToDownMs = ctx.now;
        }
        ctx.send("lb", target, { type: "forward", id: msg.id, write: msg.write, clientSentAt: ctx.now });
        return;
      }
      case "forward": {
        const work = sampleLatency(lognormal(state.settings.serviceMedianMs, state.settings.serviceP99Ms), ctx.rng);
        record(seen.hops.lb, ctx.now - msg.clientSentAt);
        ctx.setTimer(to, work, { type: "service-work", id: msg.id, write: msg.write, clientSentAt: ctx.now });
        return;
      }
      case "query": {
        const work = ctx.rng.uniform(1, msg.write ? 6 : 3);
        ctx.setTimer("db", work, { ...msg, type: "db-work", instance: from });
        return;
      }
      case "query-reply":
        record(seen.hops.db, ctx.now - msg.queriedAt);
        ctx.send(to, "lb", { type: "response", id: msg.id });
        return;
      case "response":
        ctx.send("lb", "client", { type: "reply", id: msg.id });
        return;
      case "reply": {
        const pending = state.pending[msg.id];
        if (pending === undefined) return; // arrived after the client gave up
        delete state.pending[msg.id];
        ctx.cancelTimer(pending.timer);
        seen.completed += 1;
        record(seen.hops.endToEnd, ctx.now - pending.sentAt);
        return;
      }
      case "replicate":
        record(seen.hops.replicaLag, ctx.now - msg.committedAt);
        delete seen.unreplicated[msg.writeId];
        return;
      case "health-check":
        ctx.send(to, "lb", { type: "health-ok", probe: msg.probe });
        return;
      case "health-ok":
        return healthOk(state.lb, from, msg.probe, ctx);
    }
  },

  onTimer(state, timer, node, ctx) {
    switch (timer.type) {
      case "next-request":
        return onClientTimer(state, ctx);
      case "client-timeout":
        if (state.pending[timer.id] === undefined) return;
        delete state.pending[timer.id];
        state.seen.failed += 1;
        return;
      case "service-work":
        record(state.seen.hops.service, ctx.now - timer.clientSentAt);
        if (node !== undefined) ctx.send(node, "db", { ...timer, type: "query", queriedAt: ctx.now });
        return;
      case "db-work":
        if (timer.write) {
          const writeId = state.db.nextWrite++;
          state.seen.unreplicated[writeId] = ctx.now;
          ctx.send("db", "replica", { type: "replicate", writeId, committedAt: ctx.now });
        }
        ctx.send("db", timer.instance, { ...timer, type: "query-reply" });
        return;
      case "health-tick":
        return probeAll(state.lb, state.settings, ctx);
      case "health-timeout": {
        const killedAt = state.seen.killedAt[timer.instance];
        if (healthTimedOut(state.lb, timer.instance, timer.probe, state.settings, ctx) && killedAt !== undefined) {
          state.seen.detectionMs = ctx.now - killedAt;
        }
        return;
      }
      case "kill":
        return ctx.crash(timer.node);
    }
  },

  onCrash(state, node, ctx) {
    state.seen.killedAt[node] = ctx.now;
  },

  metrics(state, now) {
    const { seen } = state;
    const oldest = Object.values(seen.unreplicated).reduce((a, b) => Math.min(a, b), now);
    return {
      requests: seen.requests,
      completed: seen.completed,
      failed: seen.failed,
      endToEndP50: round(quantile(seen.hops.endToEnd, 0.5)),
      endToEndP95: round(quantile(seen.hops.endToEnd, 0.95)),
      lbHopP95: round(quantile(seen.hops.lb, 0.95)),
      serviceP95: round(quantile(seen.hops.service, 0.95)),
      dbP95: round(quantile(seen.hops.db, 0.95)),
      replicaLagP95: round(quantile(seen.hops.replicaLag, 0.95)),
      replicaBehindMs: round(now - oldest),
      healthyInstances: state.instances.filter((id) => state.lb.backends[id]?.healthy).length,
      routedToDown: seen.routedToDown,
      lastRoutedToDownMs: round(seen.lastRoutedToDownMs),
      detectionMs: round(seen.detectionMs),
    };
  },

  topology(state) {
    const nodes = [
      { id: "client", label: "client", role: "client", x: 0.06, y: 0.5 },
      { id: "lb", label: "load balancer", role: "lb", x: 0.27, y: 0.5 },
      ...inColumn(state.instances, "service", 0.5),
      { id: "db", label: "primary db", role: "db", x: 0.73, y: 0.5 },
      { id: "replica", label: "follower", role: "replica", x: 0.94, y: 0.5 },
    ];
    const links = [
      { a: "client", b: "lb" },
      ...state.instances.flatMap((id) => [
        { a: "lb", b: id },
        { a: id, b: "db" },
      ]),
      { a: "db", b: "replica" },
    ];
    return { nodes, links };
  },

  nodeStatus(state, node) {
    const backend = state.lb.backends[node];
    if (backend !== undefined) return backend.healthy ? "in rotation" : "evicted by lb";
    if (node === "replica") return `${Object.keys(state.seen.unreplicated).length} writes behind`;
    return undefined;
  },

  cards: [
    {
      slug: "kill-instance",
      prompt:
        "Three service instances behind a load balancer that health-checks every 500 ms and evicts after 2 failed " +
        "checks. You kill svc-1 at 3 s and never restart it. Do requests keep failing until someone restarts it?",
      answer:
        "No. Only requests routed to svc-1 before the balancer notices fail (about 2 × 500 ms plus the check " +
        "timeout); once the health check evicts it, every request goes to the two survivors.",
      seed: 7,
      settings: { instances: 3, killInstanceAtMs: 3000 },
      untilMs: 8000,
      check: (m) =>
        (m.routedToDown ?? 0) > 0 && (m.lastRoutedToDownMs ?? Infinity) <= 4250 && m.healthyInstances === 2,
    },
  ],
});

import { z } from "zod";
import type { SimContext } from "../core/context";
import { defineScenario } from "../core/define";
import { uniform } from "../core/latency";
import { createHistogram, type Histogram, quantile, ratio, record, round } from "../core/stats";
import type { NodeId } from "../core/types";
import { numbered, onCircle } from "./layout";

const settings = z
  .object({
    n: z.number().int().min(1).max(7).default(3).meta({ title: "Replicas (N)" }),
    w: z.number().int().min(1).max(7).default(2).meta({ title: "Write quorum (W)" }),
    r: z.number().int().min(1).max(7).default(2).meta({ title: "Read quorum (R)" }),
    replicaLagMs: z.number().min(0).max(2000).default(30).meta({ title: "Replica apply lag (mean)", unit: "ms" }),
    ops: z.number().int().min(1).max(10000).default(100).meta({ title: "Write-then-read rounds" }),
    dropRate: z.number().min(0).max(0.5).default(0).meta({ title: "Message loss", step: 0.01 }),
    failAtMs: z.number().int().min(0).max(600000).default(0).meta({ title: "Crash replicas at (0 = never)", unit: "ms" }),
    failReplicas: z.number().int().min(0).max(7).default(1).meta({ title: "Replicas to crash" }),
  })
  .strict()
  .refine((s) => s.w <= s.n && s.r <= s.n, { message: "W and R must not exceed N" });
type Settings = z.output<typeof settings>;

type Msg =
  | { type: "write"; op: number; version: number }
  | { type: "write-ack"; op: number }
  | { type: "read"; op: number }
  | { type: "read-reply"; op: number; version: number };

type Timer =
  | { type: "apply"; op: number; version: number }
  | { type: "op-timeout"; op: number }
  | { type: "next-op" }
  | { type: "fail" };

interface Pending {
  op: number;
  kind: "write" | "read";
  startedAt: number;
  responders: NodeId[];
  best: number;
  timer: number;
}

interface State {
  settings: Settings;
  replicas: NodeId[];
  stored: Record<NodeId, number>;
  nextOp: number;
  rounds: number;
  lastWritten: number;
  lastCompleted: number;
  pending: Pending | undefined;
  seen: {
    writes: number;
    reads: number;
    writeFailures: number;
    readFailures: number;
    staleReads: number;
    writeLatency: Histogram;
    readLatency: Histogram;
  };
}

type Ctx = SimContext<Msg, Timer>;
const OP_TIMEOUT_MS = 500;
const THINK_MS = 5;

function start(state: State, kind: Pending["kind"], ctx: Ctx): void {
  const op = state.nextOp++;
  const timer = ctx.setTimer("client", OP_TIMEOUT_MS, { type: "op-timeout", op });
  state.pending = { op, kind, startedAt: ctx.now, responders: [], best: 0, timer };
  if (kind === "write") {
    const version = ++state.lastWritten;
    for (const replica of state.replicas) ctx.send("client", replica, { type: "write", op, version });
  } else {
    for (const replica of state.replicas) ctx.send("client", replica, { type: "read", op });
  }
}

function finish(state: State, ok: boolean, ctx: Ctx): void {
  const pending = state.pending;
  if (pending === undefined) return;
  state.pending = undefined;
  ctx.cancelTimer(pending.timer);
  const { seen } = state;
  if (pending.kind === "write") {
    seen.writes += 1;
    if (ok) {
      state.lastCompleted = state.lastWritten;
      record(seen.writeLatency, ctx.now - pending.startedAt);
    } else {
      seen.writeFailures += 1;
    }
    return start(state, "read", ctx);
  }
  seen.reads += 1;
  if (ok) {
    record(seen.readLatency, ctx.now - pending.startedAt);
    if (pending.best < state.lastCompleted) {
      seen.staleReads += 1;
      ctx.note(`stale read: got v${pending.best}, v${state.lastCompleted} was acknowledged`);
    }
  } else {
    seen.readFailures += 1;
  }
  state.rounds += 1;
  if (state.rounds < state.settings.ops) ctx.setTimer("client", THINK_MS, { type: "next-op" });
}

function respond(state: State, op: number, replica: NodeId, version: number, ctx: Ctx): void {
  const pending = state.pending;
  if (pending === undefined || pending.op !== op || pending.responders.includes(replica)) return;
  pending.responders.push(replica);
  pending.best = Math.max(pending.best, version);
  const quorum = pending.kind === "write" ? state.settings.w : state.settings.r;
  if (pending.responders.length >= quorum) finish(state, true, ctx);
}

export const quorumReplication = defineScenario<State, Msg, Timer, typeof settings>({
  id: "quorum-replication",
  title: "Quorums",
  description:
    "A client writes a register to N replicas and waits for W acknowledgements, then reads from all and takes " +
    "the newest of the first R replies. Replicas apply writes with a lag and may crash. With W + R > N every " +
    "read quorum overlaps the last write quorum; with W + R ≤ N a read can miss it.",
  settings,
  defaultUntilMs: 10_000,
  sampleEveryMs: 250,
  metricSpecs: [
    { key: "writes", label: "Writes", unit: "count" },
    { key: "reads", label: "Reads", unit: "count" },
    { key: "staleReads", label: "Stale reads", unit: "count" },
    { key: "staleReadRate", label: "Stale-read rate", unit: "ratio" },
    { key: "writeFailures", label: "Writes without quorum", unit: "count" },
    { key: "readFailures", label: "Reads without quorum", unit: "count" },
    { key: "writeP95", label: "Write p95", unit: "ms" },
    { key: "readP95", label: "Read p95", unit: "ms" },
  ],
  actions: (s) =>
    numbered("r", s.n).flatMap((id) => [
      { label: `Crash ${id}`, action: { type: "crash", node: id } },
      { label: `Restart ${id}`, action: { type: "restart", node: id } },
    ]),

  init(s, ctx) {
    const replicas = numbered("r", s.n);
    ctx.setDefaultLink({ latency: uniform(1, 10), drop: s.dropRate });
    ctx.setTimer("client", 0, { type: "next-op" });
    if (s.failAtMs > 0 && s.failReplicas > 0) ctx.schedule(s.failAtMs, { type: "fail" });
    return {
      settings: s,
      replicas,
      stored: Object.fromEntries(replicas.map((id) => [id, 0])),
      nextOp: 1,
      rounds: 0,
      lastWritten: 0,
      lastCompleted: 0,
      pending: undefined,
      seen: {
        writes: 0,
        reads: 0,
        writeFailures: 0,
        readFailures: 0,
        staleReads: 0,
        writeLatency: createHistogram(),
        readLatency: createHistogram(),
      },
    };
  },

  onMessage(state, { from, to, msg }, ctx) {
    switch (msg.type) {
      case "write":
        ctx.setTimer(to, ctx.rng.exponential(state.settings.replicaLagMs), { type: "apply", op: msg.op, version: msg.version });
        return;
      case "read":
        ctx.send(to, from, { type: "read-reply", op: msg.op, version: state.stored[to] ?? 0 });
        return;
      case "write-ack":
        return respond(state, msg.op, from, 0, ctx);
      case "read-reply":
        return respond(state, msg.op, from, msg.version, ctx);
    }
  },

  onTimer(state, timer, node, ctx) {
    switch (timer.type) {
      case "apply":
        if (node === undefined) return;
        // The store is durable and versions only grow, so an ack stays true forever.
        state.stored[node] = Math.max(state.stored[node] ?? 0, timer.version);
        ctx.send(node, "client", { type: "write-ack", op: timer.op });
        return;
      case "op-timeout":
        if (state.pending?.op === timer.op) finish(state, false, ctx);
        return;
      case "next-op":
        return start(state, "write", ctx);
      case "fail":
        for (const replica of state.replicas.slice(-state.settings.failReplicas)) ctx.crash(replica);
    }
  },

  metrics(state) {
    const { seen, settings: s } = state;
    return {
      n: s.n,
      w: s.w,
      r: s.r,
      writes: seen.writes,
      reads: seen.reads,
      staleReads: seen.staleReads,
      staleReadRate: round(ratio(seen.staleReads, seen.reads - seen.readFailures), 4),
      writeFailures: seen.writeFailures,
      readFailures: seen.readFailures,
      writeP95: round(quantile(seen.writeLatency, 0.95)),
      readP95: round(quantile(seen.readLatency, 0.95)),
    };
  },

  topology(state) {
    const nodes = [
      { id: "client", label: "client (coordinator)", role: "client", x: 0.5, y: 0.5 },
      ...onCircle(state.replicas, "replica"),
    ];
    return { nodes, links: state.replicas.map((b) => ({ a: "client", b })) };
  },

  nodeStatus: (state, node) => (node === "client" ? `last acked v${state.lastCompleted}` : `v${state.stored[node] ?? 0}`),

  summarize: (msg) => (msg.type === "write" || msg.type === "read-reply" ? `${msg.type} v${msg.version}` : msg.type),

  cards: [
    {
      slug: "n3-w1-r1",
      prompt: "N = 3, W = 1, R = 1, replicas apply writes with some lag. Can a read right after an acknowledged write be stale?",
      answer:
        "Yes. W + R = 2 ≤ 3, so the one replica that answers the read need not be the one that acknowledged the write.",
      seed: 7,
      settings: { n: 3, w: 1, r: 1 },
      untilMs: 10_000,
      check: (m) => (m.staleReads ?? 0) > 0,
    },
    {
      slug: "n3-w2-r2",
      prompt: "N = 3, W = 2, R = 2, same lag, and one replica crashes mid-run. Can a read be stale?",
      answer:
        "No. Any 2 replicas that answer a read overlap any 2 that acknowledged the last write, so the newest " +
        "acknowledged version is always among the replies. The crash costs nothing: 2 of 3 are still up.",
      seed: 7,
      settings: { n: 3, w: 2, r: 2, failAtMs: 2000, failReplicas: 1 },
      untilMs: 10_000,
      check: (m) => m.staleReads === 0 && (m.reads ?? 0) > 0 && m.readFailures === 0,
    },
  ],
});

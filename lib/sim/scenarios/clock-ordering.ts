import { z } from "zod";
import type { SimContext } from "../core/context";
import { defineScenario } from "../core/define";
import { uniform } from "../core/latency";
import type { SimRun } from "../core/run";
import { round } from "../core/stats";
import type { NodeId } from "../core/types";
import { onCircle } from "./layout";

const settings = z
  .object({
    skewMs: z.number().min(-1000).max(1000).default(150).meta({ title: "p1 clock offset", unit: "ms" }),
    driftPct: z.number().min(0).max(50).default(0).meta({ title: "p2 clock drift", unit: "%" }),
    meanIntervalMs: z.number().min(5).max(5000).default(100).meta({ title: "Mean time between actions", unit: "ms" }),
    maxLatencyMs: z.number().min(1).max(2000).default(40).meta({ title: "Max message latency", unit: "ms" }),
  })
  .strict();
type Settings = z.output<typeof settings>;

const PROCESSES = ["p1", "p2", "p3"] as const;
const slot = (p: NodeId): number => PROCESSES.findIndex((q) => q === p);

type Stamp = { fromEvent: number; lamport: number; vc: number[] };
type Msg = ({ type: "message" } & Stamp) | ({ type: "write"; ts: number } & Stamp);
type Timer = { type: "act" };

export const clockEventSchema = z.object({
  id: z.number(),
  process: z.string(),
  kind: z.enum(["local", "send", "receive", "write"]),
  at: z.number(),
  lamport: z.number(),
  vc: z.array(z.number()),
  /** For a receive: the id of the send (or write) event it received. */
  cause: z.number().nullable(),
  /** For a write: the writer's physical timestamp. */
  ts: z.number().nullable(),
});
export type ClockEvent = z.output<typeof clockEventSchema>;

interface State {
  settings: Settings;
  lamport: Record<NodeId, number>;
  vc: Record<NodeId, number[]>;
  history: ClockEvent[];
  tallies: { messages: number; causal: number; concurrent: number; lamportOrderedConcurrent: number; lamportViolations: number };
  /** Writes that lost under LWW to a write that happened before them. */
  lwwAnomalies: number[];
}

type Ctx = SimContext<Msg, Timer>;

/** a happened before b iff a's vector is ≤ b's everywhere and differs somewhere. */
export function vectorBefore(a: readonly number[], b: readonly number[]): boolean {
  let strictly = false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x > y) return false;
    if (x < y) strictly = true;
  }
  return strictly;
}

/** Records an event and compares it with every earlier one (a later event can never precede an earlier one). */
function recordEvent(state: State, process: NodeId, kind: ClockEvent["kind"], cause: number | null, ts: number | null, ctx: Ctx): ClockEvent {
  const event: ClockEvent = {
    id: state.history.length,
    process,
    kind,
    at: ctx.now,
    lamport: state.lamport[process] ?? 0,
    vc: [...(state.vc[process] ?? [])],
    cause,
    ts,
  };
  const t = state.tallies;
  let anomaly = false;
  for (const earlier of state.history) {
    if (vectorBefore(earlier.vc, event.vc)) {
      t.causal += 1;
      if (earlier.lamport >= event.lamport) t.lamportViolations += 1;
      if (ts !== null && earlier.ts !== null && earlier.ts > ts) anomaly = true;
    } else {
      t.concurrent += 1;
      if (earlier.lamport !== event.lamport) t.lamportOrderedConcurrent += 1;
    }
  }
  if (anomaly) {
    state.lwwAnomalies.push(event.id);
    ctx.note(`LWW anomaly: ${process}'s write (ts ${Math.round(ts ?? 0)}) happened after a write with a larger timestamp`);
  }
  state.history.push(event);
  return event;
}

function tick(state: State, p: NodeId): void {
  state.lamport[p] = (state.lamport[p] ?? 0) + 1;
  const vc = state.vc[p];
  if (vc !== undefined) vc[slot(p)] = (vc[slot(p)] ?? 0) + 1;
}

function act(state: State, p: NodeId, ctx: Ctx): void {
  const roll = ctx.rng.next();
  const peers = PROCESSES.filter((q) => q !== p);
  tick(state, p);
  if (roll < 0.35) {
    recordEvent(state, p, "local", null, null, ctx);
  } else if (roll < 0.7) {
    const event = recordEvent(state, p, "send", null, null, ctx);
    state.tallies.messages += 1;
    ctx.send(p, ctx.rng.pick(peers), { type: "message", fromEvent: event.id, lamport: event.lamport, vc: event.vc });
  } else {
    const ts = ctx.localTime(p);
    const event = recordEvent(state, p, "write", null, ts, ctx);
    for (const q of peers) {
      state.tallies.messages += 1;
      ctx.send(p, q, { type: "write", fromEvent: event.id, lamport: event.lamport, vc: event.vc, ts });
    }
  }
  ctx.setTimer(p, ctx.rng.exponential(state.settings.meanIntervalMs), { type: "act" });
}

export const clockOrdering = defineScenario<State, Msg, Timer, typeof settings>({
  id: "clock-ordering",
  title: "Clocks and ordering",
  description:
    "Three processes do local work, send messages and write a register. Lamport clocks order everything but " +
    "cannot tell concurrency; vector clocks can. With p1's wall clock ahead, last-write-wins by timestamp lets " +
    "an earlier write beat one that causally came after it.",
  settings,
  defaultUntilMs: 2000,
  sampleEveryMs: 50,
  metricSpecs: [
    { key: "events", label: "Events", unit: "count" },
    { key: "causalPairs", label: "Ordered pairs (happens-before)", unit: "count" },
    { key: "concurrentPairs", label: "Concurrent pairs", unit: "count" },
    { key: "lamportOrderedConcurrent", label: "Concurrent pairs Lamport orders anyway", unit: "count" },
    { key: "lwwAnomalies", label: "Later writes lost to LWW", unit: "count" },
  ],
  actions: () => [
    { label: "p1 clock +300 ms", action: { type: "set", key: "skewMs", value: 300 } },
    { label: "p1 clock in sync", action: { type: "set", key: "skewMs", value: 0 } },
  ],

  init(s, ctx) {
    ctx.setDefaultLink({ latency: uniform(5, Math.max(5, s.maxLatencyMs)), reorder: 0.2 });
    ctx.setClock("p1", s.skewMs, 0);
    ctx.setClock("p2", 0, s.driftPct / 100);
    for (const p of PROCESSES) ctx.setTimer(p, ctx.rng.exponential(s.meanIntervalMs), { type: "act" });
    return {
      settings: s,
      lamport: Object.fromEntries(PROCESSES.map((p) => [p, 0])),
      vc: Object.fromEntries(PROCESSES.map((p) => [p, PROCESSES.map(() => 0)])),
      history: [],
      tallies: { messages: 0, causal: 0, concurrent: 0, lamportOrderedConcurrent: 0, lamportViolations: 0 },
      lwwAnomalies: [],
    };
  },

  onMessage(state, { to, msg }, ctx) {
    state.lamport[to] = Math.max(state.lamport[to] ?? 0, msg.lamport) + 1;
    const vc = state.vc[to];
    if (vc !== undefined) msg.vc.forEach((v, i) => (vc[i] = Math.max(vc[i] ?? 0, v)));
    if (vc !== undefined) vc[slot(to)] = (vc[slot(to)] ?? 0) + 1;
    recordEvent(state, to, "receive", msg.fromEvent, null, ctx);
  },

  onTimer(state, _timer, node, ctx) {
    if (node !== undefined) act(state, node, ctx);
  },

  onAction(state, action, ctx) {
    if (action.type === "set" && action.key === "skewMs" && typeof action.value === "number") {
      state.settings = { ...state.settings, skewMs: action.value };
      ctx.setClock("p1", action.value, 0);
    }
  },

  metrics(state) {
    const t = state.tallies;
    const writes = state.history.filter((e) => e.kind === "write").length;
    return {
      events: state.history.length,
      messages: t.messages,
      writes,
      causalPairs: t.causal,
      concurrentPairs: t.concurrent,
      lamportOrderedConcurrent: t.lamportOrderedConcurrent,
      lamportViolations: t.lamportViolations,
      lwwAnomalies: state.lwwAnomalies.length,
      lwwAnomalyRate: round(writes === 0 ? 0 : state.lwwAnomalies.length / writes, 4),
    };
  },

  topology: () => ({
    nodes: onCircle([...PROCESSES], "process"),
    links: [
      { a: "p1", b: "p2" },
      { a: "p2", b: "p3" },
      { a: "p1", b: "p3" },
    ],
  }),

  nodeStatus: (state, p) => `L=${state.lamport[p] ?? 0} V=[${(state.vc[p] ?? []).join(",")}]`,

  summarize: (msg) => `${msg.type} L${msg.lamport} [${msg.vc.join(",")}]`,

  cards: [
    {
      slug: "lww-skew",
      prompt:
        "p1's wall clock runs 150 ms ahead. Writes are resolved last-write-wins by timestamp. Can a write that " +
        "causally happened after another still lose to it?",
      answer:
        "Yes. p2 can see p1's write, then write itself, and still carry a smaller timestamp than p1's skewed one, " +
        "so LWW keeps the older value. Causal order needs logical clocks, not wall clocks.",
      seed: 2,
      settings: { skewMs: 150 },
      untilMs: 2000,
      check: (m) => (m.lwwAnomalies ?? 0) > 0,
    },
    {
      slug: "lamport-not-causal",
      prompt: "Event a has Lamport time 3 and event b has Lamport time 5. Did a happen before b?",
      answer:
        "Not necessarily. Lamport clocks guarantee a → b ⇒ L(a) < L(b), not the converse; the pair may be " +
        "concurrent, which only a vector-clock comparison reveals.",
      seed: 2,
      settings: { skewMs: 0 },
      untilMs: 2000,
      check: (m) => (m.lamportOrderedConcurrent ?? 0) > 0 && m.lamportViolations === 0,
    },
  ],
});

/** The recorded event history of a clock-ordering run (validated, for tests and the player's timeline). */
export function clockHistory(run: SimRun): ClockEvent[] {
  if (run.scenarioId !== "clock-ordering") throw new TypeError(`not a clock-ordering run: ${run.scenarioId}`);
  return z.object({ history: z.array(clockEventSchema) }).parse(run.state).history;
}

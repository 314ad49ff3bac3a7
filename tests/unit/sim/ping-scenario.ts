import { z } from "zod";
import { constant, defineScenario, uniform } from "@/lib/sim";

const settings = z
  .object({
    count: z.number().int().min(0).max(100000).default(200),
    drop: z.number().min(0).max(1).default(0),
    duplicate: z.number().min(0).max(1).default(0),
    reorder: z.number().min(0).max(1).default(0),
    jitter: z.boolean().default(true),
    drift: z.number().min(-0.9).max(5).default(0),
  })
  .strict();

type Msg = { type: "ping"; n: number };
type Timer = { type: "send" } | { type: "tick" } | { type: "cancel-me" };

interface PingState {
  count: number;
  sent: number;
  received: number[];
  ticks: number[];
  cancelledFired: number;
}

/** A two-node fixture for engine behaviour: a sends numbered pings to b; b ticks every 10 local ms. */
export const ping = defineScenario<PingState, Msg, Timer, typeof settings>({
  id: "test-ping",
  title: "Ping (test fixture)",
  description: "a → b pings",
  settings,
  defaultUntilMs: 1000,
  sampleEveryMs: 10,
  metricSpecs: [],
  actions: () => [
    { label: "crash b", action: { type: "crash", node: "b" } },
    { label: "restart b", action: { type: "restart", node: "b" } },
    { label: "split", action: { type: "partition", groups: [["a"], ["b"]] } },
    { label: "heal", action: { type: "heal" } },
    { label: "more pings", action: { type: "set", key: "count", value: 500 } },
  ],
  init(s, ctx) {
    ctx.setDefaultLink({ latency: s.jitter ? uniform(1, 30) : constant(5), drop: s.drop, duplicate: s.duplicate, reorder: s.reorder });
    ctx.setClock("b", 0, s.drift);
    ctx.setTimer("a", 0, { type: "send" });
    ctx.setTimer("b", 10, { type: "tick" });
    const doomed = ctx.setTimer("b", 3, { type: "cancel-me" });
    ctx.cancelTimer(doomed);
    return { count: s.count, sent: 0, received: [], ticks: [], cancelledFired: 0 };
  },
  onMessage(state, { msg }) {
    state.received.push(msg.n);
  },
  onTimer(state, timer, node, ctx) {
    if (timer.type === "cancel-me") state.cancelledFired += 1;
    if (timer.type === "tick" && node !== undefined) {
      state.ticks.push(ctx.now);
      ctx.setTimer(node, 10, { type: "tick" });
    }
    if (timer.type === "send" && state.sent < state.count) {
      ctx.send("a", "b", { type: "ping", n: state.sent++ });
      ctx.setTimer("a", 1, { type: "send" });
    }
  },
  onAction(state, action) {
    if (action.type === "set" && action.key === "count" && typeof action.value === "number") state.count = action.value;
  },
  onRestart(_state, node, ctx) {
    ctx.setTimer(node, 10, { type: "tick" });
  },
  metrics(state) {
    let inversions = 0;
    for (let i = 1; i < state.received.length; i++) if ((state.received[i] ?? 0) < (state.received[i - 1] ?? 0)) inversions++;
    return {
      sent: state.sent,
      received: state.received.length,
      distinct: new Set(state.received).size,
      inversions,
      ticks: state.ticks.length,
      cancelledFired: state.cancelledFired,
    };
  },
  topology: () => ({
    nodes: [
      { id: "a", label: "a", role: "client", x: 0.2, y: 0.5 },
      { id: "b", label: "b", role: "server", x: 0.8, y: 0.5 },
    ],
    links: [{ a: "a", b: "b" }],
  }),
  cards: [],
});

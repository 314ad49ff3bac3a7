import { z } from "zod";
import type { SimContext } from "../core/context";
import { defineScenario } from "../core/define";
import { lognormal, sampleLatency, uniform, withSlowTail } from "../core/latency";
import { createHistogram, type Histogram, quantile, record, round } from "../core/stats";

const settings = z
  .object({
    idempotency: z.boolean().default(false).meta({ title: "Idempotency keys" }),
    orders: z.number().int().min(1).max(500).default(20).meta({ title: "Orders placed" }),
    orderIntervalMs: z.number().int().min(10).max(5000).default(100).meta({ title: "Time between orders", unit: "ms" }),
    timeoutMs: z.number().int().min(20).max(10000).default(300).meta({ title: "Client timeout", unit: "ms" }),
    maxRetries: z.number().int().min(0).max(10).default(3).meta({ title: "Max retries" }),
    backoffBaseMs: z.number().int().min(1).max(5000).default(100).meta({ title: "Backoff base", unit: "ms" }),
    jitter: z.boolean().default(true).meta({ title: "Full jitter" }),
    slowProbability: z.number().min(0).max(1).default(0.1).meta({ title: "Share of slow requests", step: 0.01 }),
    slowMedianMs: z.number().min(1).max(10000).default(800).meta({ title: "Slow tail median", unit: "ms" }),
    dropRate: z.number().min(0).max(0.5).default(0.02).meta({ title: "Message loss", step: 0.01 }),
  })
  .strict();
type Settings = z.output<typeof settings>;

type Msg =
  | { type: "create-order"; orderId: number; key: string | null; attempt: number }
  | { type: "insert"; orderId: number; key: string | null; attempt: number }
  | { type: "inserted"; orderId: number; attempt: number; dedup: boolean }
  | { type: "order-created"; orderId: number; attempt: number };

type Timer =
  | { type: "place-order" }
  | { type: "attempt-timeout"; orderId: number; attempt: number }
  | { type: "retry"; orderId: number }
  | { type: "api-work"; orderId: number; key: string | null; attempt: number };

interface ClientOrder {
  attempts: number;
  firstSentAt: number;
  timer: number;
  done: boolean;
}

interface State {
  settings: Settings;
  placed: number;
  client: Record<number, ClientOrder>;
  /** The orders table: one row per insert, plus the unique index on idempotency keys. */
  db: { rows: number; rowsPerOrder: Record<number, number>; keys: Record<string, number> };
  seen: { attempts: number; timeouts: number; succeeded: number; gaveUp: number; dedupHits: number; latency: Histogram };
}

type Ctx = SimContext<Msg, Timer>;

function sendAttempt(state: State, orderId: number, ctx: Ctx): void {
  const order = state.client[orderId];
  if (order === undefined) return;
  order.attempts += 1;
  state.seen.attempts += 1;
  const key = state.settings.idempotency ? `order-${orderId}` : null;
  ctx.send("client", "api", { type: "create-order", orderId, key, attempt: order.attempts });
  order.timer = ctx.setTimer("client", state.settings.timeoutMs, {
    type: "attempt-timeout",
    orderId,
    attempt: order.attempts,
  });
}

function backoffMs(s: Settings, attempt: number, ctx: Ctx): number {
  const cap = s.backoffBaseMs * 2 ** (attempt - 1);
  return s.jitter ? ctx.rng.uniform(0, cap) : cap;
}

export const retriesIdempotency = defineScenario<State, Msg, Timer, typeof settings>({
  id: "retries-idempotency",
  title: "Retries and idempotency",
  description:
    "The client's timeout is shorter than the service's slow tail, so it retries requests that were only slow. " +
    "Without idempotency keys a retried order can be created twice; with them the database's unique key turns " +
    "the retry into a dedup hit.",
  settings,
  defaultUntilMs: 10_000,
  sampleEveryMs: 100,
  metricSpecs: [
    { key: "requests", label: "Orders requested", unit: "count" },
    { key: "retries", label: "Retries", unit: "count" },
    { key: "ordersCreated", label: "Orders created", unit: "count" },
    { key: "duplicates", label: "Duplicate orders", unit: "count" },
    { key: "dedupHits", label: "Dedup hits", unit: "count" },
    { key: "succeeded", label: "Confirmed to client", unit: "count" },
    { key: "gaveUp", label: "Client gave up", unit: "count" },
    { key: "latencyP95", label: "Order latency p95 (incl. retries)", unit: "ms" },
  ],
  actions: () => [
    { label: "Idempotency keys on", action: { type: "set", key: "idempotency", value: true } },
    { label: "Idempotency keys off", action: { type: "set", key: "idempotency", value: false } },
    { label: "Crash the API", action: { type: "crash", node: "api" } },
    { label: "Restart the API", action: { type: "restart", node: "api" } },
  ],

  init(s, ctx) {
    ctx.setDefaultLink({ latency: uniform(2, 10), drop: s.dropRate });
    ctx.setTimer("client", 0, { type: "place-order" });
    return {
      settings: s,
      placed: 0,
      client: {},
      db: { rows: 0, rowsPerOrder: {}, keys: {} },
      seen: { attempts: 0, timeouts: 0, succeeded: 0, gaveUp: 0, dedupHits: 0, latency: createHistogram() },
    };
  },

  onMessage(state, { msg }, ctx) {
    switch (msg.type) {
      case "create-order": {
        const s = state.settings;
        const work = withSlowTail(lognormal(40, 120), s.slowProbability, lognormal(s.slowMedianMs, s.slowMedianMs * 2));
        ctx.setTimer("api", sampleLatency(work, ctx.rng), { ...msg, type: "api-work" });
        return;
      }
      case "insert": {
        // The unique index on the key makes "insert if absent" atomic, even for concurrent attempts.
        const dedup = msg.key !== null && state.db.keys[msg.key] !== undefined;
        if (dedup) {
          state.seen.dedupHits += 1;
        } else {
          state.db.rows += 1;
          state.db.rowsPerOrder[msg.orderId] = (state.db.rowsPerOrder[msg.orderId] ?? 0) + 1;
          if (msg.key !== null) state.db.keys[msg.key] = msg.orderId;
        }
        ctx.send("db", "api", { type: "inserted", orderId: msg.orderId, attempt: msg.attempt, dedup });
        return;
      }
      case "inserted":
        ctx.send("api", "client", { type: "order-created", orderId: msg.orderId, attempt: msg.attempt });
        return;
      case "order-created": {
        const order = state.client[msg.orderId];
        if (order === undefined || order.done) return;
        order.done = true;
        ctx.cancelTimer(order.timer);
        state.seen.succeeded += 1;
        record(state.seen.latency, ctx.now - order.firstSentAt);
      }
    }
  },

  onTimer(state, timer, _node, ctx) {
    const s = state.settings;
    switch (timer.type) {
      case "place-order": {
        const orderId = ++state.placed;
        state.client[orderId] = { attempts: 0, firstSentAt: ctx.now, timer: 0, done: false };
        sendAttempt(state, orderId, ctx);
        if (state.placed < s.orders) ctx.setTimer("client", s.orderIntervalMs, { type: "place-order" });
        return;
      }
      case "attempt-timeout": {
        const order = state.client[timer.orderId];
        if (order === undefined || order.done || order.attempts !== timer.attempt) return;
        state.seen.timeouts += 1;
        if (order.attempts > s.maxRetries) {
          order.done = true;
          state.seen.gaveUp += 1;
          ctx.note(`client gives up on order ${timer.orderId}`);
          return;
        }
        ctx.setTimer("client", backoffMs(s, order.attempts, ctx), { type: "retry", orderId: timer.orderId });
        return;
      }
      case "retry": {
        const order = state.client[timer.orderId];
        if (order !== undefined && !order.done) sendAttempt(state, timer.orderId, ctx);
        return;
      }
      case "api-work":
        ctx.send("api", "db", { ...timer, type: "insert" });
    }
  },

  onAction(state, action) {
    if (action.type === "set" && action.key === "idempotency" && typeof action.value === "boolean") {
      state.settings = { ...state.settings, idempotency: action.value };
    }
  },

  metrics(state) {
    const { seen, db } = state;
    const ordersWithRows = Object.keys(db.rowsPerOrder).length;
    return {
      requests: state.placed,
      attempts: seen.attempts,
      retries: seen.attempts - state.placed,
      timeouts: seen.timeouts,
      ordersCreated: db.rows,
      duplicates: db.rows - ordersWithRows,
      dedupHits: seen.dedupHits,
      succeeded: seen.succeeded,
      gaveUp: seen.gaveUp,
      latencyP95: round(quantile(seen.latency, 0.95)),
    };
  },

  topology: () => ({
    nodes: [
      { id: "client", label: "client", role: "client", x: 0.15, y: 0.5 },
      { id: "api", label: "orders api", role: "service", x: 0.5, y: 0.5 },
      { id: "db", label: "orders db", role: "db", x: 0.85, y: 0.5 },
    ],
    links: [
      { a: "client", b: "api" },
      { a: "api", b: "db" },
    ],
  }),

  nodeStatus(state, node) {
    if (node === "db") return `${state.db.rows} rows`;
    if (node === "client") return state.settings.idempotency ? "sends idempotency keys" : "no idempotency keys";
    return undefined;
  },

  summarize: (msg) => `${msg.type} #${msg.orderId}`,

  cards: [
    {
      slug: "retry-without-keys",
      prompt:
        "The client times out after 300 ms but 10 % of requests take ~800 ms; it retries up to 3 times. " +
        "Without idempotency keys, can one order be created twice?",
      answer:
        "Yes. A timeout does not mean the request failed: the slow original still completes, and the retry " +
        "creates a second order.",
      seed: 11,
      settings: { idempotency: false },
      untilMs: 10_000,
      check: (m) => (m.duplicates ?? 0) > 0,
    },
    {
      slug: "retry-with-keys",
      prompt: "Same client and service, but every retry carries the same idempotency key. Any duplicate orders?",
      answer:
        "None. The second insert with the same key hits the unique index and returns the existing order (a dedup hit).",
      seed: 11,
      settings: { idempotency: true },
      untilMs: 10_000,
      check: (m) => m.duplicates === 0 && (m.dedupHits ?? 0) > 0,
    },
  ],
});

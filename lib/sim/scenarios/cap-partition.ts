import { z } from "zod";
import type { SimContext } from "../core/context";
import { defineScenario } from "../core/define";
import { uniform } from "../core/latency";
import { ratio, round } from "../core/stats";
import type { NodeId } from "../core/types";
import { type ApKey, fingerprint, type MergeLedger, mergeKey, writeLocal } from "./cap-ap";
import { appendEntries, type CpEntry, type CpStore, cpValue, freshCpStore, majorityIndex } from "./cap-cp";

const settings = z
  .object({
    mode: z.enum(["cp", "ap"]).default("cp").meta({ title: "Store" }),
    reconcile: z.enum(["lww", "siblings"]).default("lww").meta({ title: "AP conflict resolution" }),
    keys: z.number().int().min(1).max(20).default(3).meta({ title: "Keys" }),
    writeIntervalMs: z.number().int().min(10).max(5000).default(250).meta({ title: "Each client writes every", unit: "ms" }),
    syncIntervalMs: z.number().int().min(10).max(5000).default(50).meta({ title: "Replication retry / anti-entropy", unit: "ms" }),
    partitionAtMs: z.number().int().min(0).max(600000).default(2000).meta({ title: "Partition at (0 = never)", unit: "ms" }),
    healAtMs: z.number().int().min(0).max(600000).default(6000).meta({ title: "Heal at (0 = never)", unit: "ms" }),
    writesUntilMs: z.number().int().min(0).max(600000).default(6000).meta({ title: "Clients stop writing at", unit: "ms" }),
  })
  .strict();
type Settings = z.output<typeof settings>;

const STORES = ["s1", "s2", "s3"] as const;
const LEADER = "s1";
const PUT_TIMEOUT_MS = 500;
const SPLIT: NodeId[][] = [
  ["s1", "s2", "ca"],
  ["s3", "cb"],
];

type Msg =
  | { type: "put"; writeId: string; key: string }
  | { type: "put-result"; writeId: string; ok: boolean }
  | { type: "forward"; entry: CpEntry }
  | { type: "append"; fromIndex: number; entries: CpEntry[] }
  | { type: "append-ack"; length: number }
  | { type: "committed"; writeId: string }
  | { type: "sync"; data: Record<string, ApKey> };

type Timer =
  | { type: "client-write"; seq: number }
  | { type: "put-timeout"; writeId: string }
  | { type: "sync-tick" }
  | { type: "partition" }
  | { type: "heal" };

interface State {
  settings: Settings;
  cp: Record<NodeId, CpStore>;
  ap: Record<NodeId, Record<string, ApKey>>;
  pending: Record<string, { client: NodeId; store: NodeId; timer: number }>;
  ledger: MergeLedger;
  seen: { writes: number; accepted: number; rejected: number };
}

type Ctx = SimContext<Msg, Timer>;
const keyNames = (s: Settings) => Array.from({ length: s.keys }, (_, i) => `k${i + 1}`);
const followers = STORES.filter((s) => s !== LEADER);

function settle(state: State, writeId: string, ok: boolean, ctx: Ctx): void {
  const pending = state.pending[writeId];
  if (pending === undefined) return;
  delete state.pending[writeId];
  ctx.cancelTimer(pending.timer);
  ctx.send(pending.store, pending.client, { type: "put-result", writeId, ok });
}

function replicate(state: State, ctx: Ctx): void {
  const leader = state.cp[LEADER];
  if (leader === undefined) return;
  for (const f of followers) {
    const from = leader.match[f] ?? 0;
    if (from < leader.log.length) ctx.send(LEADER, f, { type: "append", fromIndex: from, entries: leader.log.slice(from) });
  }
}

function advanceCommit(state: State, ctx: Ctx): void {
  const leader = state.cp[LEADER];
  if (leader === undefined) return;
  const commit = majorityIndex(leader, followers, STORES.length);
  for (const entry of leader.log.slice(leader.commitIndex, commit)) {
    if (entry.coordinator === LEADER) settle(state, entry.writeId, true, ctx);
    else ctx.send(LEADER, entry.coordinator, { type: "committed", writeId: entry.writeId });
  }
  leader.commitIndex = Math.max(leader.commitIndex, commit);
}

function onPut(state: State, store: NodeId, client: NodeId, msg: Extract<Msg, { type: "put" }>, ctx: Ctx): void {
  state.seen.writes += 1;
  const timer = ctx.setTimer(store, PUT_TIMEOUT_MS, { type: "put-timeout", writeId: msg.writeId });
  state.pending[msg.writeId] = { client, store, timer };
  if (state.settings.mode === "ap") {
    const data = (state.ap[store] ??= {});
    data[msg.key] = writeLocal(data[msg.key], store, { writeId: msg.writeId, ts: ctx.localTime(store) });
    return settle(state, msg.writeId, true, ctx);
  }
  const entry = { key: msg.key, writeId: msg.writeId, coordinator: store };
  if (store !== LEADER) return ctx.send(store, LEADER, { type: "forward", entry });
  state.cp[LEADER]?.log.push(entry);
  replicate(state, ctx);
}

export const capPartition = defineScenario<State, Msg, Timer, typeof settings>({
  id: "cap-partition",
  title: "CAP under a partition",
  description:
    "Three replicas; client A writes through s2, client B through s3, and a partition leaves s3 alone with B. " +
    "A CP store (leader s1, majority commit) rejects B's writes until the partition heals; an AP store accepts " +
    "writes on both sides and reconciles the conflicts by anti-entropy, with last-write-wins or siblings.",
  settings,
  defaultUntilMs: 9000,
  sampleEveryMs: 100,
  metricSpecs: [
    { key: "writes", label: "Writes attempted", unit: "count" },
    { key: "acceptedWrites", label: "Accepted", unit: "count" },
    { key: "rejectedWrites", label: "Rejected", unit: "count" },
    { key: "availability", label: "Share accepted", unit: "ratio" },
    { key: "conflicts", label: "Conflicts found on merge", unit: "count" },
    { key: "lostWrites", label: "Accepted writes discarded (LWW)", unit: "count" },
    { key: "divergence", label: "Keys that differ between replicas", unit: "count" },
  ],
  actions: () => [
    { label: "Cut s3 + client B off", action: { type: "partition", groups: SPLIT } },
    { label: "Cut the leader s1 + client A off", action: { type: "partition", groups: [["s1", "ca"], ["s2", "s3", "cb"]] } },
    { label: "Heal the partition", action: { type: "heal" } },
  ],

  init(s, ctx) {
    ctx.setDefaultLink({ latency: uniform(2, 8) });
    for (const client of ["ca", "cb"]) ctx.setTimer(client, ctx.rng.uniform(0, s.writeIntervalMs), { type: "client-write", seq: 1 });
    for (const store of STORES) ctx.setTimer(store, s.syncIntervalMs, { type: "sync-tick" });
    if (s.partitionAtMs > 0) ctx.schedule(s.partitionAtMs, { type: "partition" });
    if (s.healAtMs > 0) ctx.schedule(s.healAtMs, { type: "heal" });
    return {
      settings: s,
      cp: Object.fromEntries(STORES.map((id) => [id, freshCpStore()])),
      ap: Object.fromEntries(STORES.map((id) => [id, {}])),
      pending: {},
      ledger: { conflicts: {}, lost: {} },
      seen: { writes: 0, accepted: 0, rejected: 0 },
    };
  },

  onMessage(state, { from, to, msg }, ctx) {
    switch (msg.type) {
      case "put":
        return onPut(state, to, from, msg, ctx);
      case "put-result":
        if (msg.ok) state.seen.accepted += 1;
        else state.seen.rejected += 1;
        return;
      case "forward":
        state.cp[LEADER]?.log.push({ ...msg.entry });
        return replicate(state, ctx);
      case "append": {
        const store = state.cp[to];
        if (store !== undefined) ctx.send(to, from, { type: "append-ack", length: appendEntries(store, msg.fromIndex, msg.entries) });
        return;
      }
      case "append-ack": {
        const leader = state.cp[LEADER];
        if (leader === undefined) return;
        leader.match[from] = msg.length;
        return advanceCommit(state, ctx);
      }
      case "committed":
        return settle(state, msg.writeId, true, ctx);
      case "sync": {
        const data = (state.ap[to] ??= {});
        for (const [key, remote] of Object.entries(msg.data)) {
          data[key] = mergeKey(data[key], remote, state.settings.reconcile, state.ledger);
        }
      }
    }
  },

  onTimer(state, timer, node, ctx) {
    const s = state.settings;
    switch (timer.type) {
      case "client-write": {
        if (node === undefined) return;
        if (ctx.now >= s.writesUntilMs) return;
        const store = node === "cb" ? "s3" : "s2";
        const key = ctx.rng.pick(keyNames(s));
        ctx.send(node, store, { type: "put", writeId: `${node === "ca" ? "a" : "b"}${timer.seq}`, key });
        ctx.setTimer(node, s.writeIntervalMs, { type: "client-write", seq: timer.seq + 1 });
        return;
      }
      case "put-timeout":
        return settle(state, timer.writeId, false, ctx);
      case "sync-tick":
        if (node === undefined) return;
        if (s.mode === "cp" && node === LEADER) replicate(state, ctx);
        if (s.mode === "ap") {
          // Keys are replaced, never edited in place, so a shallow copy freezes what this store holds now.
          const data = { ...(state.ap[node] ?? {}) };
          for (const peer of STORES) if (peer !== node) ctx.send(node, peer, { type: "sync", data });
        }
        ctx.setTimer(node, s.syncIntervalMs, { type: "sync-tick" });
        return;
      case "partition":
        ctx.note("partition: [s1 s2 ca] | [s3 cb]");
        return ctx.partition(SPLIT);
      case "heal":
        return ctx.heal();
    }
  },

  metrics(state) {
    const s = state.settings;
    const shown = (store: NodeId, key: string) =>
      s.mode === "ap" ? fingerprint(state.ap[store]?.[key]) : cpValue(state.cp[store] ?? freshCpStore(), key);
    const divergence = keyNames(s).filter((key) => new Set(STORES.map((store) => shown(store, key))).size > 1).length;
    const { seen } = state;
    return {
      writes: seen.writes,
      acceptedWrites: seen.accepted,
      rejectedWrites: seen.rejected,
      availability: round(ratio(seen.accepted, seen.accepted + seen.rejected), 4),
      conflicts: Object.keys(state.ledger.conflicts).length,
      lostWrites: Object.keys(state.ledger.lost).length,
      divergence,
      siblingKeys: keyNames(s).filter((key) => STORES.some((st) => (state.ap[st]?.[key]?.siblings.length ?? 0) > 1)).length,
    };
  },

  topology: () => ({
    nodes: [
      { id: "ca", label: "client A", role: "client", x: 0.08, y: 0.3 },
      { id: "s1", label: "s1", role: "store", x: 0.38, y: 0.15 },
      { id: "s2", label: "s2", role: "store", x: 0.38, y: 0.55 },
      { id: "s3", label: "s3", role: "store", x: 0.72, y: 0.35 },
      { id: "cb", label: "client B", role: "client", x: 0.94, y: 0.75 },
    ],
    links: [
      { a: "ca", b: "s1" },
      { a: "ca", b: "s2" },
      { a: "cb", b: "s3" },
      { a: "s1", b: "s2" },
      { a: "s1", b: "s3" },
      { a: "s2", b: "s3" },
    ],
  }),

  nodeStatus(state, node) {
    if (state.settings.mode === "cp") {
      const store = state.cp[node];
      if (store === undefined) return undefined;
      return node === LEADER ? `leader · ${store.commitIndex} committed` : `follower · ${store.log.length} entries`;
    }
    const data = state.ap[node];
    return data === undefined ? undefined : keyNames(state.settings).map((k) => `${k}=${fingerprint(data[k])}`).join(" ");
  },

  cards: [
    {
      slug: "cp-minority",
      prompt: "A CP store is partitioned: s3 and client B are cut off from the leader's majority. What happens to B's writes?",
      answer:
        "They are rejected (time out) until the partition heals: s3 cannot reach a majority, so it cannot commit. " +
        "Nothing conflicts, and s3 catches up after healing.",
      seed: 1,
      settings: { mode: "cp" },
      untilMs: 9000,
      check: (m) => (m.rejectedWrites ?? 0) > 0 && m.conflicts === 0 && m.divergence === 0,
    },
    {
      slug: "ap-conflicts",
      prompt: "Same partition, but an AP store that accepts every write locally. Are writes rejected? What happens on healing?",
      answer:
        "Nothing is rejected, but both sides write the same keys, so the replicas diverge; after healing, " +
        "anti-entropy finds the conflicts and last-write-wins silently discards some accepted writes.",
      seed: 1,
      settings: { mode: "ap", reconcile: "lww" },
      untilMs: 9000,
      check: (m) => m.rejectedWrites === 0 && (m.conflicts ?? 0) > 0 && (m.lostWrites ?? 0) > 0 && m.divergence === 0,
    },
  ],
});

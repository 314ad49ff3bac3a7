import { z } from "zod";
import type { SimContext } from "../core/context";
import { defineScenario } from "../core/define";
import { uniform } from "../core/latency";
import { round, stddev } from "../core/stats";
import type { NodeId } from "../core/types";
import { buildRing, hash32, loadPerNode, modOwner, type Ring, ringOwner } from "./hash-ring";
import { onCircle } from "./layout";

const settings = z
  .object({
    nodes: z.number().int().min(1).max(32).default(4).meta({ title: "Cache nodes" }),
    vnodes: z.number().int().min(1).max(500).default(100).meta({ title: "Virtual nodes per node" }),
    keys: z.number().int().min(10).max(50000).default(2000).meta({ title: "Keys" }),
    rps: z.number().min(0).max(2000).default(50).meta({ title: "Lookups per second", unit: "req/s" }),
    joinAtMs: z.number().int().min(0).max(600000).default(3000).meta({ title: "A node joins at (0 = never)", unit: "ms" }),
  })
  .strict();
type Settings = z.output<typeof settings>;

type Msg = { type: "get"; key: number } | { type: "value"; key: number };
type Timer = { type: "lookup" } | { type: "join" };

interface Change {
  kind: "join" | "leave";
  node: NodeId;
  nodesAfter: number;
  movedRing: number;
  movedMod: number;
  /** Keys that moved between two nodes other than the one that joined or left (0 on a ring). */
  movedBetweenOthers: number;
}

interface State {
  settings: Settings;
  servers: NodeId[];
  nextServer: number;
  ring: Ring;
  keyHashes: number[];
  ringOwners: NodeId[];
  modOwners: NodeId[];
  lastChange: Change | undefined;
  served: Record<NodeId, number>;
}

type Ctx = SimContext<Msg, Timer>;

function assign(state: State): { ring: NodeId[]; mod: NodeId[] } {
  return {
    ring: state.keyHashes.map((h) => ringOwner(state.ring, h) ?? ""),
    mod: state.keyHashes.map((h) => modOwner(state.servers, h) ?? ""),
  };
}

function membershipChanged(state: State, kind: Change["kind"], node: NodeId, ctx: Ctx): void {
  state.ring = buildRing(state.servers, state.settings.vnodes);
  const next = assign(state);
  let movedRing = 0;
  let movedMod = 0;
  let movedBetweenOthers = 0;
  next.ring.forEach((owner, i) => {
    const before = state.ringOwners[i];
    if (owner === before) return;
    movedRing += 1;
    if (owner !== node && before !== node) movedBetweenOthers += 1;
  });
  next.mod.forEach((owner, i) => {
    if (owner !== state.modOwners[i]) movedMod += 1;
  });
  state.ringOwners = next.ring;
  state.modOwners = next.mod;
  state.lastChange = { kind, node, nodesAfter: state.servers.length, movedRing, movedMod, movedBetweenOthers };
  const pct = (n: number) => Math.round((100 * n) / state.keyHashes.length);
  ctx.note(`${node} ${kind}s: ring moves ${pct(movedRing)}% of keys, hash % N moves ${pct(movedMod)}%`);
}

function join(state: State, ctx: Ctx): void {
  const node = `n${state.nextServer++}`;
  state.servers.push(node);
  membershipChanged(state, "join", node, ctx);
}

export const consistentHashing = defineScenario<State, Msg, Timer, typeof settings>({
  id: "consistent-hashing",
  title: "Consistent hashing",
  description:
    "Keys are spread over cache nodes by a hash ring with virtual nodes. Add or remove a node and compare " +
    "how many keys move on the ring with how many move under plain hash % N, and how evenly the load spreads.",
  settings,
  defaultUntilMs: 6000,
  sampleEveryMs: 250,
  metricSpecs: [
    { key: "nodes", label: "Nodes", unit: "count" },
    { key: "movedRingPct", label: "Keys moved (ring)", unit: "%" },
    { key: "movedModPct", label: "Keys moved (hash % N)", unit: "%" },
    { key: "idealMovedPct", label: "Ideal share moved (1/N)", unit: "%" },
    { key: "loadStddev", label: "Keys per node, std dev", unit: "count" },
    { key: "loadSpread", label: "Keys per node, max − min", unit: "count" },
    { key: "loadMaxOverMean", label: "Hottest node ÷ mean", unit: "ratio" },
  ],
  actions: (s) => [
    { label: "Add a node", action: { type: "add-node" } },
    ...Array.from({ length: s.nodes }, (_, i) => ({
      label: `Remove n${i + 1}`,
      action: { type: "remove-node" as const, node: `n${i + 1}` },
    })),
  ],

  init(s, ctx) {
    ctx.setDefaultLink({ latency: uniform(1, 4) });
    const servers = Array.from({ length: s.nodes }, (_, i) => `n${i + 1}`);
    const keyHashes = Array.from({ length: s.keys }, () => hash32(`key-${ctx.rng.nextUint32()}`));
    const state: State = {
      settings: s,
      servers,
      nextServer: s.nodes + 1,
      ring: buildRing(servers, s.vnodes),
      keyHashes,
      ringOwners: [],
      modOwners: [],
      lastChange: undefined,
      served: {},
    };
    const owners = assign(state);
    state.ringOwners = owners.ring;
    state.modOwners = owners.mod;
    if (s.rps > 0) ctx.setTimer("client", 0, { type: "lookup" });
    if (s.joinAtMs > 0) ctx.schedule(s.joinAtMs, { type: "join" });
    return state;
  },

  onMessage(state, { from, to, msg }, ctx) {
    if (msg.type === "get") {
      state.served[to] = (state.served[to] ?? 0) + 1;
      ctx.send(to, from, { type: "value", key: msg.key });
    }
  },

  onTimer(state, timer, _node, ctx) {
    if (timer.type === "join") return join(state, ctx);
    const i = ctx.rng.int(0, state.keyHashes.length - 1);
    const owner = state.ringOwners[i];
    if (owner !== undefined && owner !== "") ctx.send("client", owner, { type: "get", key: i });
    ctx.setTimer("client", ctx.rng.exponential(1000 / state.settings.rps), { type: "lookup" });
  },

  onAction(state, action, ctx) {
    if (action.type === "add-node") return join(state, ctx);
    if (action.type === "remove-node" && state.servers.includes(action.node) && state.servers.length > 1) {
      state.servers = state.servers.filter((n) => n !== action.node);
      membershipChanged(state, "leave", action.node, ctx);
    }
  },

  metrics(state) {
    const load = loadPerNode(state.servers, state.ringOwners);
    const total = state.keyHashes.length;
    const mean = total / Math.max(1, state.servers.length);
    const change = state.lastChange;
    const pct = (n: number) => round((100 * n) / total);
    return {
      nodes: state.servers.length,
      keys: total,
      movedRing: change?.movedRing ?? 0,
      movedMod: change?.movedMod ?? 0,
      movedRingPct: pct(change?.movedRing ?? 0),
      movedModPct: pct(change?.movedMod ?? 0),
      movedBetweenOthers: change?.movedBetweenOthers ?? 0,
      idealMovedPct: change === undefined ? 0 : round(100 / (change.kind === "join" ? change.nodesAfter : change.nodesAfter + 1)),
      loadStddev: round(stddev(load)),
      loadSpread: load.length === 0 ? 0 : Math.max(...load) - Math.min(...load),
      loadMaxOverMean: round(load.length === 0 ? 0 : Math.max(...load) / mean, 3),
    };
  },

  topology(state) {
    const nodes = [
      { id: "client", label: "client", role: "client", x: 0.5, y: 0.5 },
      ...onCircle(state.servers, "cache"),
    ];
    return { nodes, links: state.servers.map((b) => ({ a: "client", b })) };
  },

  nodeStatus(state, node) {
    if (node === "client") return undefined;
    const keys = state.ringOwners.filter((owner) => owner === node).length;
    return `${keys} keys, ${state.served[node] ?? 0} lookups`;
  },

  summarize: (msg) => `${msg.type} key ${msg.key}`,

  cards: [
    {
      slug: "join-moves",
      prompt:
        "4 cache nodes, 2,000 keys. A 5th node joins. Roughly what share of keys moves with a hash ring " +
        "(100 virtual nodes each), and with hash % N?",
      answer:
        "About 1/5 (20 %) on the ring, all of them onto the new node; with hash % N about 4/5 (80 %) move, " +
        "most between nodes that did not change.",
      seed: 3,
      settings: { nodes: 4, vnodes: 100, keys: 2000, joinAtMs: 1000 },
      untilMs: 2000,
      check: (m) =>
        (m.movedRingPct ?? 0) >= 10 && (m.movedRingPct ?? 0) <= 32 && (m.movedModPct ?? 0) >= 60 && m.movedBetweenOthers === 0,
    },
  ],
});

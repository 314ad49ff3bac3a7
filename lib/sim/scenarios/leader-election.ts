import { z } from "zod";
import { defineScenario } from "../core/define";
import { uniform } from "../core/latency";
import { round } from "../core/stats";
import type { NodeId } from "../core/types";
import { fullMesh, numbered, onCircle } from "./layout";
import {
  type Cluster,
  freshNode,
  heartbeatTick,
  majority,
  onRaftMessage,
  type RaftCtx,
  type RaftMsg,
  type RaftNode,
  type RaftTimer,
  resetElectionTimer,
  startElection,
} from "./raft-node";

const settings = z
  .object({
    nodes: z.number().int().min(1).max(9).default(5).meta({ title: "Nodes" }),
    electionTimeoutMinMs: z.number().int().min(10).max(10000).default(150).meta({ title: "Election timeout min", unit: "ms" }),
    electionTimeoutMaxMs: z.number().int().min(10).max(20000).default(300).meta({ title: "Election timeout max", unit: "ms" }),
    heartbeatMs: z.number().int().min(5).max(5000).default(50).meta({ title: "Heartbeat interval", unit: "ms" }),
    dropRate: z.number().min(0).max(0.5).default(0).meta({ title: "Message loss", step: 0.01 }),
    clockDriftPct: z.number().min(0).max(50).default(0).meta({ title: "Clock drift (± %)", unit: "%" }),
    killLeaderAtMs: z.number().int().min(0).max(600000).default(0).meta({ title: "Kill the leader at (0 = never)", unit: "ms" }),
    partitionAtMs: z.number().int().min(0).max(600000).default(0).meta({ title: "Cut leader + 1 off at (0 = never)", unit: "ms" }),
    healAtMs: z.number().int().min(0).max(600000).default(0).meta({ title: "Heal at (0 = never)", unit: "ms" }),
  })
  .strict()
  .refine((s) => s.electionTimeoutMinMs <= s.electionTimeoutMaxMs, { message: "election timeout min must not exceed max" });
type Settings = z.output<typeof settings>;

interface State {
  settings: Settings;
  ids: NodeId[];
  nodes: Record<NodeId, RaftNode>;
  partition: NodeId[][] | null;
  seen: {
    elections: number;
    leadersByTerm: Record<number, NodeId[]>;
    minorityElections: number;
    leaderLostAt: number;
    lastElectionMs: number;
  };
}

function clusterOf(state: State): Cluster {
  const { seen } = state;
  return {
    timing: state.settings,
    ids: state.ids,
    nodes: state.nodes,
    countElection: () => {
      seen.elections += 1;
    },
    onElected(id, ctx) {
      const term = state.nodes[id]?.term ?? 0;
      const leaders = (seen.leadersByTerm[term] ??= []);
      if (!leaders.includes(id)) leaders.push(id);
      if (leaders.length > 1) ctx.note(`SAFETY VIOLATION: two leaders in term ${term}`);
      const group = state.partition?.find((g) => g.includes(id));
      if (group !== undefined && group.length < majority(this)) seen.minorityElections += 1;
      if (seen.leaderLostAt >= 0) seen.lastElectionMs = ctx.now - seen.leaderLostAt;
      seen.leaderLostAt = -1;
    },
    onLeaderLost(_id, ctx) {
      if (currentLeader(state) === undefined && seen.leaderLostAt < 0) seen.leaderLostAt = ctx.now;
    },
  };
}

function currentLeader(state: State): NodeId | undefined {
  let best: NodeId | undefined;
  for (const id of state.ids) {
    const node = state.nodes[id];
    if (node?.role === "leader" && (best === undefined || node.term > (state.nodes[best]?.term ?? 0))) best = id;
  }
  return best;
}

function splitAroundLeader(state: State, ctx: RaftCtx): void {
  const leader = currentLeader(state) ?? state.ids[0] ?? "n1";
  const buddy = state.ids.find((id) => id !== leader);
  const minority = buddy === undefined ? [leader] : [leader, buddy];
  const groups = [minority, state.ids.filter((id) => !minority.includes(id))];
  state.partition = groups;
  ctx.partition(groups);
  ctx.note(`partition: [${groups[0]?.join(" ")}] | [${groups[1]?.join(" ")}]`);
}

export const leaderElection = defineScenario<State, RaftMsg, RaftTimer, typeof settings>({
  id: "leader-election",
  title: "Leader election (Raft-style)",
  description:
    "Five nodes elect a leader with randomized election timeouts, terms and votes; the leader sends heartbeats. " +
    "Kill the leader or partition the cluster: there is never more than one leader per term, and only a side " +
    "with a majority can elect one.",
  settings,
  defaultUntilMs: 8000,
  sampleEveryMs: 100,
  metricSpecs: [
    { key: "leaders", label: "Nodes that think they lead", unit: "count" },
    { key: "term", label: "Highest term", unit: "count" },
    { key: "elections", label: "Elections started", unit: "count" },
    { key: "leaderChanges", label: "Leaders elected", unit: "count" },
    { key: "lastElectionMs", label: "Last time without a leader", unit: "ms" },
    { key: "safetyViolations", label: "Terms with two leaders", unit: "count" },
    { key: "minorityElections", label: "Leaders elected in a minority", unit: "count" },
  ],
  actions: (s) => {
    const ids = numbered("n", s.nodes);
    const half = Math.floor(s.nodes / 2);
    return [
      { label: "Kill the leader", action: { type: "crash", node: "@leader" } },
      { label: "Restart a crashed node", action: { type: "restart", node: "@down" } },
      ...ids.map((id) => ({ label: `Kill ${id}`, action: { type: "crash" as const, node: id } })),
      { label: `Partition ${half} | ${s.nodes - half}`, action: { type: "partition", groups: [ids.slice(0, half), ids.slice(half)] } },
      { label: "Heal the partition", action: { type: "heal" } },
    ];
  },

  init(s, ctx) {
    const ids = numbered("n", s.nodes);
    ctx.setDefaultLink({ latency: uniform(2, 12), drop: s.dropRate });
    for (const id of ids) {
      const drift = s.clockDriftPct === 0 ? 0 : ctx.rng.uniform(-s.clockDriftPct, s.clockDriftPct) / 100;
      ctx.setClock(id, 0, drift);
    }
    const state: State = {
      settings: s,
      ids,
      nodes: Object.fromEntries(ids.map((id) => [id, freshNode()])),
      partition: null,
      seen: { elections: 0, leadersByTerm: {}, minorityElections: 0, leaderLostAt: 0, lastElectionMs: 0 },
    };
    const cluster = clusterOf(state);
    for (const id of ids) resetElectionTimer(cluster, id, ctx);
    if (s.killLeaderAtMs > 0) ctx.schedule(s.killLeaderAtMs, { type: "kill-leader" });
    if (s.partitionAtMs > 0) ctx.schedule(s.partitionAtMs, { type: "partition" });
    if (s.healAtMs > 0) ctx.schedule(s.healAtMs, { type: "heal" });
    return state;
  },

  onMessage(state, { from, to, msg }, ctx) {
    onRaftMessage(clusterOf(state), from, to, msg, ctx);
  },

  onTimer(state, timer, node, ctx) {
    switch (timer.type) {
      case "election-timeout":
        if (node !== undefined) startElection(clusterOf(state), node, ctx);
        return;
      case "heartbeat-tick":
        if (node !== undefined) heartbeatTick(clusterOf(state), node, timer.term, ctx);
        return;
      case "kill-leader": {
        const leader = currentLeader(state);
        if (leader !== undefined) ctx.crash(leader);
        return;
      }
      case "partition":
        return splitAroundLeader(state, ctx);
      case "heal":
        state.partition = null;
        return ctx.heal();
    }
  },

  onAction(state, action) {
    if (action.type === "partition") state.partition = action.groups.map((g) => [...g]);
    if (action.type === "heal") state.partition = null;
  },

  onCrash(state, id, ctx) {
    const node = state.nodes[id];
    if (node === undefined) return;
    const wasLeader = node.role === "leader";
    // Volatile state is gone; term and vote survive on disk.
    Object.assign(node, { role: "follower", votes: [], leader: null, lastAck: {}, electionTimer: -1 });
    if (wasLeader) clusterOf(state).onLeaderLost(id, ctx);
  },

  onRestart(state, id, ctx) {
    resetElectionTimer(clusterOf(state), id, ctx);
  },

  metrics(state) {
    const { seen } = state;
    const nodes = state.ids.map((id) => state.nodes[id]).filter((n) => n !== undefined);
    return {
      leaders: nodes.filter((n) => n.role === "leader").length,
      term: nodes.reduce((max, n) => Math.max(max, n.term), 0),
      elections: seen.elections,
      leaderChanges: Object.values(seen.leadersByTerm).reduce((sum, l) => sum + l.length, 0),
      lastElectionMs: round(seen.lastElectionMs),
      safetyViolations: Object.values(seen.leadersByTerm).filter((l) => l.length > 1).length,
      minorityElections: seen.minorityElections,
    };
  },

  topology: (state) => ({ nodes: onCircle(state.ids, "raft"), links: fullMesh(state.ids) }),

  nodeStatus(state, id) {
    const node = state.nodes[id];
    return node === undefined ? undefined : `${node.role} · term ${node.term}`;
  },

  summarize: (msg) => `${msg.type} t${msg.term}`,

  resolveNode: (state, alias) => (alias === "@leader" ? currentLeader(state) : undefined),

  cards: [
    {
      slug: "minority-partition",
      prompt:
        "Five nodes. At 2 s the leader and one follower are cut off from the other three. Can the two-node side " +
        "keep or elect a leader? Does the three-node side get one?",
      answer:
        "The two-node side cannot elect anyone (2 of 5 is not a majority) and its old leader steps down once it " +
        "stops hearing from a majority; the three-node side elects a new leader in a higher term.",
      seed: 5,
      settings: { partitionAtMs: 2000 },
      untilMs: 5000,
      check: (m) => m.minorityElections === 0 && m.leaders === 1 && (m.term ?? 0) >= 2 && m.safetyViolations === 0,
    },
    {
      slug: "kill-leader",
      prompt: "You kill the leader of a healthy five-node cluster. Roughly how long until there is a new one?",
      answer:
        "About one election timeout (150–300 ms) plus a round of votes: a follower's timer fires, it asks for votes " +
        "in a new term and wins with 3 of the 4 survivors.",
      seed: 5,
      settings: { killLeaderAtMs: 2000 },
      untilMs: 4000,
      check: (m) => m.leaders === 1 && (m.lastElectionMs ?? 0) > 0 && (m.lastElectionMs ?? 0) < 1000,
    },
  ],
});

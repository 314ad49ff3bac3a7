import type { SimContext } from "../core/context";
import type { NodeId } from "../core/types";

/** One Raft-style node's election state. `term` and `votedFor` are durable; the rest is volatile. */
export interface RaftNode {
  term: number;
  votedFor: NodeId | null;
  role: "follower" | "candidate" | "leader";
  votes: NodeId[];
  leader: NodeId | null;
  electionTimer: number;
  lastAck: Record<NodeId, number>;
  leaderSince: number;
}

export type RaftMsg =
  | { type: "request-vote"; term: number }
  | { type: "vote"; term: number; granted: boolean }
  | { type: "heartbeat"; term: number }
  | { type: "heartbeat-ack"; term: number; ok: boolean };

export type RaftTimer =
  | { type: "election-timeout" }
  | { type: "heartbeat-tick"; term: number }
  | { type: "kill-leader" }
  | { type: "partition" }
  | { type: "heal" };

export interface RaftTiming {
  readonly electionTimeoutMinMs: number;
  readonly electionTimeoutMaxMs: number;
  readonly heartbeatMs: number;
}

/** What the election logic needs from the scenario around it. */
export interface Cluster {
  readonly timing: RaftTiming;
  readonly ids: readonly NodeId[];
  readonly nodes: Record<NodeId, RaftNode>;
  onElected(id: NodeId, ctx: RaftCtx): void;
  onLeaderLost(id: NodeId, ctx: RaftCtx): void;
  countElection(): void;
}

export type RaftCtx = SimContext<RaftMsg, RaftTimer>;

export const majority = (cluster: Cluster): number => Math.floor(cluster.ids.length / 2) + 1;

export function freshNode(): RaftNode {
  return { term: 0, votedFor: null, role: "follower", votes: [], leader: null, electionTimer: -1, lastAck: {}, leaderSince: 0 };
}

/** Randomized timeouts are what keeps two candidates from splitting the vote forever. */
export function resetElectionTimer(cluster: Cluster, id: NodeId, ctx: RaftCtx): void {
  const node = cluster.nodes[id];
  if (node === undefined) return;
  ctx.cancelTimer(node.electionTimer);
  const { electionTimeoutMinMs: min, electionTimeoutMaxMs: max } = cluster.timing;
  node.electionTimer = ctx.setTimer(id, ctx.rng.uniform(min, max), { type: "election-timeout" });
}

function sendHeartbeats(cluster: Cluster, id: NodeId, node: RaftNode, ctx: RaftCtx): void {
  for (const peer of cluster.ids) if (peer !== id) ctx.send(id, peer, { type: "heartbeat", term: node.term });
  ctx.setTimer(id, cluster.timing.heartbeatMs, { type: "heartbeat-tick", term: node.term });
}

/** Sees a term at least as new as its own: adopts it and follows. */
function stepDown(cluster: Cluster, id: NodeId, node: RaftNode, term: number, ctx: RaftCtx): void {
  if (term > node.term) {
    node.term = term;
    node.votedFor = null;
  }
  const wasLeader = node.role === "leader";
  node.role = "follower";
  node.votes = [];
  if (wasLeader) {
    node.leader = null;
    ctx.note(`${id} steps down (term ${node.term})`);
    cluster.onLeaderLost(id, ctx);
    resetElectionTimer(cluster, id, ctx);
  }
}

function becomeLeader(cluster: Cluster, id: NodeId, node: RaftNode, ctx: RaftCtx): void {
  node.role = "leader";
  node.leader = id;
  node.lastAck = {};
  node.leaderSince = ctx.now;
  ctx.cancelTimer(node.electionTimer);
  ctx.note(`${id} is leader for term ${node.term}`);
  cluster.onElected(id, ctx);
  sendHeartbeats(cluster, id, node, ctx);
}

export function startElection(cluster: Cluster, id: NodeId, ctx: RaftCtx): void {
  const node = cluster.nodes[id];
  if (node === undefined || node.role === "leader") return;
  node.term += 1;
  node.role = "candidate";
  node.votedFor = id;
  node.votes = [id];
  node.leader = null;
  cluster.countElection();
  resetElectionTimer(cluster, id, ctx);
  if (node.votes.length >= majority(cluster)) return becomeLeader(cluster, id, node, ctx);
  for (const peer of cluster.ids) if (peer !== id) ctx.send(id, peer, { type: "request-vote", term: node.term });
}

/** A leader that has not heard from a majority for a full election timeout steps down (check-quorum). */
export function heartbeatTick(cluster: Cluster, id: NodeId, term: number, ctx: RaftCtx): void {
  const node = cluster.nodes[id];
  if (node === undefined || node.role !== "leader" || node.term !== term) return;
  const window = cluster.timing.electionTimeoutMaxMs;
  const heard = 1 + cluster.ids.filter((peer) => peer !== id && (node.lastAck[peer] ?? -Infinity) >= ctx.now - window).length;
  if (heard < majority(cluster) && ctx.now - node.leaderSince >= window) {
    ctx.note(`${id} lost contact with a majority`);
    return stepDown(cluster, id, node, node.term, ctx);
  }
  sendHeartbeats(cluster, id, node, ctx);
}

export function onRaftMessage(cluster: Cluster, from: NodeId, to: NodeId, msg: RaftMsg, ctx: RaftCtx): void {
  const node = cluster.nodes[to];
  if (node === undefined) return;
  if (msg.term > node.term) stepDown(cluster, to, node, msg.term, ctx);
  switch (msg.type) {
    case "request-vote": {
      const granted = msg.term === node.term && (node.votedFor === null || node.votedFor === from);
      if (granted) {
        node.votedFor = from;
        resetElectionTimer(cluster, to, ctx);
      }
      ctx.send(to, from, { type: "vote", term: node.term, granted });
      return;
    }
    case "vote":
      if (node.role !== "candidate" || msg.term !== node.term || !msg.granted || node.votes.includes(from)) return;
      node.votes.push(from);
      if (node.votes.length >= majority(cluster)) becomeLeader(cluster, to, node, ctx);
      return;
    case "heartbeat": {
      const ok = msg.term === node.term;
      if (ok) {
        if (node.role !== "follower") stepDown(cluster, to, node, msg.term, ctx);
        node.leader = from;
        resetElectionTimer(cluster, to, ctx);
      }
      ctx.send(to, from, { type: "heartbeat-ack", term: node.term, ok });
      return;
    }
    case "heartbeat-ack":
      if (node.role === "leader" && msg.ok && msg.term === node.term) node.lastAck[from] = ctx.now;
  }
}

import { type LatencyDist, sampleLatency, uniform } from "./latency";
import type { Rng } from "./prng";
import type { NodeId } from "./types";

/** How one direction of a link behaves. Probabilities are per message. */
export interface LinkProfile {
  readonly latency: LatencyDist;
  readonly drop: number;
  readonly duplicate: number;
  /** Chance a message skips FIFO order and takes an extra random delay, overtaking later ones. */
  readonly reorder: number;
}

export const DEFAULT_LINK: LinkProfile = { latency: uniform(1, 5), drop: 0, duplicate: 0, reorder: 0 };

/** Plain data (cloned into snapshots). */
export interface NetworkState {
  defaultLink: LinkProfile;
  /** Overrides per directed link, keyed `from>to`. */
  links: Record<string, LinkProfile>;
  /** Partition group of each node listed in the current partition; unlisted nodes reach everyone. */
  partitionOf: Record<NodeId, number>;
  partitions: NodeId[][];
  /** Last FIFO arrival time per directed link, so in-order messages never overtake. */
  lastArrival: Record<string, number>;
}

export function createNetwork(defaultLink: LinkProfile = DEFAULT_LINK): NetworkState {
  return { defaultLink, links: {}, partitionOf: {}, partitions: [], lastArrival: {} };
}

const linkKey = (from: NodeId, to: NodeId): string => `${from}>${to}`;

export function setLink(net: NetworkState, a: NodeId, b: NodeId, profile: Partial<LinkProfile>): void {
  for (const key of [linkKey(a, b), linkKey(b, a)]) {
    net.links[key] = { ...(net.links[key] ?? net.defaultLink), ...profile };
  }
}

export function partitionNetwork(net: NetworkState, groups: readonly (readonly NodeId[])[]): void {
  net.partitionOf = {};
  net.partitions = groups.map((group) => [...group]);
  groups.forEach((group, index) => {
    for (const node of group) net.partitionOf[node] = index;
  });
}

export function healNetwork(net: NetworkState): void {
  net.partitionOf = {};
  net.partitions = [];
}

export function isCut(net: NetworkState, from: NodeId, to: NodeId): boolean {
  const a = net.partitionOf[from];
  const b = net.partitionOf[to];
  return a !== undefined && b !== undefined && a !== b;
}

/** The profile and FIFO key of the directed link `from → to`. */
export function linkFor(net: NetworkState, from: NodeId, to: NodeId): { profile: LinkProfile; key: string } {
  const key = linkKey(from, to);
  return { profile: net.links[key] ?? net.defaultLink, key };
}

/** How many copies of a message the link delivers (1, or 2 when it duplicates this one). */
export function copiesOnLink(link: LinkProfile, rng: Rng): number {
  return link.duplicate > 0 && rng.chance(link.duplicate) ? 2 : 1;
}

/**
 * When one copy arrives. FIFO unless this copy is picked for reordering, in which case it takes an
 * extra random delay and may overtake later messages.
 */
export function arrivalTime(net: NetworkState, link: LinkProfile, key: string, rng: Rng, now: number): number {
  const latency = sampleLatency(link.latency, rng);
  if (link.reorder > 0 && rng.chance(link.reorder)) return now + latency + rng.uniform(0, latency + 1);
  const arriveAt = Math.max(now + latency, net.lastArrival[key] ?? 0);
  net.lastArrival[key] = arriveAt;
  return arriveAt;
}

import type { NodeId } from "../core/types";

/** FNV-1a with a murmur3 finalizer: cheap, deterministic, well spread over 32 bits. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Ring points sorted by hash, as parallel arrays (plain data for snapshots). */
export interface Ring {
  hashes: number[];
  owners: NodeId[];
}

export function buildRing(nodes: readonly NodeId[], vnodes: number): Ring {
  const points: { hash: number; owner: NodeId }[] = [];
  for (const owner of nodes) {
    for (let i = 0; i < vnodes; i++) points.push({ hash: hash32(`${owner}#${i}`), owner });
  }
  points.sort((x, y) => x.hash - y.hash || (x.owner < y.owner ? -1 : 1));
  return { hashes: points.map((p) => p.hash), owners: points.map((p) => p.owner) };
}

/** The first point clockwise from `hash` owns it (wrapping past the top). */
export function ringOwner(ring: Ring, hash: number): NodeId | undefined {
  const { hashes, owners } = ring;
  let lo = 0;
  let hi = hashes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((hashes[mid] ?? 0) < hash) lo = mid + 1;
    else hi = mid;
  }
  return owners[lo === hashes.length ? 0 : lo];
}

/** The naive scheme: `hash % N` over the node list. */
export function modOwner(nodes: readonly NodeId[], hash: number): NodeId | undefined {
  return nodes[hash % nodes.length];
}

/** Keys per node, including nodes that own none. */
export function loadPerNode(nodes: readonly NodeId[], owners: readonly NodeId[]): number[] {
  const counts = new Map<NodeId, number>(nodes.map((n) => [n, 0]));
  for (const owner of owners) counts.set(owner, (counts.get(owner) ?? 0) + 1);
  return nodes.map((n) => counts.get(n) ?? 0);
}

import type { NodeId } from "../core/types";

/** A CP store: one fixed leader appends writes to a log and commits them once a majority holds them. */
export interface CpEntry {
  key: string;
  writeId: string;
  coordinator: NodeId;
}

export interface CpStore {
  log: CpEntry[];
  /** Leader only: how much of its log each follower is known to hold. */
  match: Record<NodeId, number>;
  commitIndex: number;
}

export const freshCpStore = (): CpStore => ({ log: [], match: {}, commitIndex: 0 });

/** Follower side of replication: accepts entries only if they extend its log exactly. */
export function appendEntries(store: CpStore, fromIndex: number, entries: readonly CpEntry[]): number {
  if (fromIndex <= store.log.length) {
    const overlap = store.log.length - fromIndex;
    store.log.push(...entries.slice(overlap).map((e) => ({ ...e })));
  }
  return store.log.length;
}

/** Leader side: the highest index a majority (leader included) holds. */
export function majorityIndex(store: CpStore, followers: readonly NodeId[], clusterSize: number): number {
  const lengths = [store.log.length, ...followers.map((f) => store.match[f] ?? 0)].sort((a, b) => b - a);
  return lengths[Math.floor(clusterSize / 2)] ?? 0;
}

/** The value each key shows on a store: the last write in its log. */
export function cpValue(store: CpStore, key: string): string {
  for (let i = store.log.length - 1; i >= 0; i--) {
    const entry = store.log[i];
    if (entry?.key === key) return entry.writeId;
  }
  return "-";
}

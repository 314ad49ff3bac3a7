import type { NodeId } from "../core/types";

/**
 * One accepted write. `ts` is the accepting store's local clock, for last-write-wins; `dot` names the
 * event that created it (store, counter), so a merge can tell a superseded sibling from a concurrent one.
 */
export interface Version {
  writeId: string;
  ts: number;
  dot: { store: NodeId; counter: number };
}

/** A key on an AP store: its version vector and the value(s) it currently holds. */
export interface ApKey {
  vv: Record<NodeId, number>;
  siblings: Version[];
}

export type Reconcile = "lww" | "siblings";

export interface MergeLedger {
  /** Conflicts seen, by the write ids involved (each counted once however many stores find it). */
  conflicts: Record<string, true>;
  /** Writes discarded by last-write-wins. */
  lost: Record<string, true>;
}

type Order = "before" | "after" | "equal" | "concurrent";

export function compareVectors(a: Readonly<Record<NodeId, number>>, b: Readonly<Record<NodeId, number>>): Order {
  let less = false;
  let more = false;
  for (const node of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const x = a[node] ?? 0;
    const y = b[node] ?? 0;
    if (x < y) less = true;
    if (x > y) more = true;
  }
  if (less && more) return "concurrent";
  if (less) return "before";
  if (more) return "after";
  return "equal";
}

const laterOf = (x: Version, y: Version): Version => (y.ts > x.ts || (y.ts === x.ts && y.writeId > x.writeId) ? y : x);

/** A local write supersedes everything the store held for the key. */
export function writeLocal(key: ApKey | undefined, store: NodeId, write: Omit<Version, "dot">): ApKey {
  const vv = { ...(key?.vv ?? {}) };
  const counter = (vv[store] ?? 0) + 1;
  vv[store] = counter;
  return { vv, siblings: [{ ...write, dot: { store, counter } }] };
}

/** Siblings of `mine` the other side has not overwritten: it holds them too, or has never seen them. */
const survivors = (mine: ApKey, other: ApKey): Version[] =>
  mine.siblings.filter(
    (s) => other.siblings.some((o) => o.writeId === s.writeId) || (other.vv[s.dot.store] ?? 0) < s.dot.counter,
  );

/** Merges a peer's copy of a key into ours (anti-entropy); returns the new local copy. */
export function mergeKey(local: ApKey | undefined, remote: Readonly<ApKey>, mode: Reconcile, ledger: MergeLedger): ApKey {
  // Keys are immutable values (every change builds a new one), so adopting the peer's is safe.
  if (local === undefined) return remote;
  const order = compareVectors(local.vv, remote.vv);
  if (order === "after" || order === "equal") return local;
  if (order === "before") return remote;
  const vv = { ...local.vv };
  for (const [node, count] of Object.entries(remote.vv)) vv[node] = Math.max(vv[node] ?? 0, count);
  const theirs = survivors(remote, local).filter((r) => !local.siblings.some((l) => l.writeId === r.writeId));
  const kept = [...survivors(local, remote), ...theirs].sort((x, y) => (x.writeId < y.writeId ? -1 : 1));
  if (kept.length > 1) ledger.conflicts[kept.map((s) => s.writeId).join("+")] = true;
  if (mode === "siblings") return { vv, siblings: kept };
  const winner = kept.reduce(laterOf);
  for (const s of kept) if (s.writeId !== winner.writeId) ledger.lost[s.writeId] = true;
  return { vv, siblings: [winner] };
}

/** What a store shows for a key, comparable across stores. */
export const fingerprint = (key: ApKey | undefined): string =>
  key === undefined
    ? "-"
    : key.siblings
        .map((s) => s.writeId)
        .sort()
        .join("+");

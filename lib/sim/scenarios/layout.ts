import type { NodeId, TopologyNode } from "../core/types";

/** Nodes evenly spaced on a circle in the unit square, first one at the top. */
export function onCircle(
  ids: readonly NodeId[],
  role: string,
  options: { cx?: number; cy?: number; r?: number; label?: (id: NodeId) => string } = {},
): TopologyNode[] {
  const { cx = 0.5, cy = 0.5, r = 0.38, label = (id: NodeId) => id } = options;
  return ids.map((id, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, ids.length);
    return { id, label: label(id), role, x: cx + r * Math.cos(angle), y: cy + r * Math.sin(angle) };
  });
}

/** Nodes evenly spaced in a vertical column at `x`. */
export function inColumn(ids: readonly NodeId[], role: string, x: number): TopologyNode[] {
  return ids.map((id, i) => ({ id, label: id, role, x, y: (i + 1) / (ids.length + 1) }));
}

/** Every pair, once. */
export function fullMesh(ids: readonly NodeId[]): { a: NodeId; b: NodeId }[] {
  const links: { a: NodeId; b: NodeId }[] = [];
  ids.forEach((a, i) => {
    for (const b of ids.slice(i + 1)) links.push({ a, b });
  });
  return links;
}

/** `prefix-1` … `prefix-n`. */
export const numbered = (prefix: string, n: number): NodeId[] =>
  Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);

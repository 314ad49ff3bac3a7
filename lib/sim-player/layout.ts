import type { NodeId, RunView } from "@/lib/sim";

export type NodeTone = "up" | "down" | "leader" | "candidate";
export type NodeShape = "circle" | "box";

export interface DrawnNode {
  readonly id: NodeId;
  readonly label: string;
  /** The label as drawn: one line, or two when it is too wide for its box. */
  readonly lines: readonly string[];
  /** Font size of the label: the drawing's, or smaller when a line would not fit inside the node. */
  readonly fontSize: number;
  readonly status: string | undefined;
  readonly role: string;
  readonly x: number;
  readonly y: number;
  readonly tone: NodeTone;
  readonly shape: NodeShape;
}

export interface DrawnLink {
  readonly key: string;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly cut: boolean;
}

export interface DrawnMessage {
  readonly id: number;
  readonly x: number;
  readonly y: number;
  readonly lost: boolean;
  readonly label: string;
  /** Index into the player's message palette: one colour per message type. */
  readonly color: number;
}

/** Node sizes for this drawing: smaller when nodes sit close together (a phone, many nodes). */
export interface NodeSizes {
  readonly radius: number;
  readonly boxWidth: number;
  readonly boxHeight: number;
  readonly fontSize: number;
  readonly statusFontSize: number;
  /** From a node's edge to its status line's baseline. */
  readonly statusGap: number;
}

/** From a node's centre to its status line's baseline: just below the circle or the box. */
export function statusOffset(shape: NodeShape, sizes: NodeSizes): number {
  return (shape === "box" ? sizes.boxHeight / 2 : sizes.radius) + sizes.statusGap;
}

export interface DrawnView {
  readonly width: number;
  readonly height: number;
  readonly sizes: NodeSizes;
  readonly nodes: readonly DrawnNode[];
  readonly links: readonly DrawnLink[];
  readonly messages: readonly DrawnMessage[];
  /** In-flight messages left out to keep a frame cheap. */
  readonly hiddenMessages: number;
  /** Changes only when the nodes or links would be drawn differently (messages move every frame; these rarely). */
  readonly nodesKey: string;
  readonly linksKey: string;
}

export const NODE_RADIUS = 22;
const MIN_RADIUS = 12;
/** Room a status line takes under a node. */
const STATUS_LINE = 16;
export const MESSAGE_PALETTE_SIZE = 6;
/** Side margins (room for the outer nodes' status lines): narrower on a phone. */
const padX = (width: number) => Math.min(56, Math.max(32, width * 0.1));
const PAD_TOP = 36;
/** Room under the lowest node for its status line. */
const PAD_BOTTOM = 52;
/** Messages travelling in opposite directions on one link are drawn this far apart. */
const LANE_OFFSET = 4;

/** Infrastructure is drawn as boxes, processes and replicas as circles. */
const BOX_ROLES = new Set(["client", "lb", "db", "queue"]);

export function nodeShape(role: string): NodeShape {
  return BOX_ROLES.has(role) ? "box" : "circle";
}

/** Down wins; otherwise a status naming the node leader or candidate ("leader · term 3"). */
export function nodeTone(node: { readonly up: boolean; readonly status: string | undefined }): NodeTone {
  if (!node.up) return "down";
  if (node.status !== undefined && /^leader\b/i.test(node.status)) return "leader";
  if (node.status !== undefined && /^candidate\b/i.test(node.status)) return "candidate";
  return "up";
}

/** The drawing's height for a width: tall enough to separate nodes on a phone, never taller than a screen. */
export function drawingHeight(width: number): number {
  return Math.round(Math.min(420, Math.max(300, width * 0.56)));
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** Circles and boxes grow up to these (when the drawing has room) so that long labels fit at full size. */
const MAX_LABEL_RADIUS = 40;
const MAX_LABEL_BOX_WIDTH = 112;
const BOX_WIDTH = 72;
/** Room left and right of a label inside a circle and a box, together. */
const CIRCLE_PADDING = 6;
const BOX_PADDING = 8;

/**
 * Sizes that keep neighbours (`gap` px apart, centre to centre) and their status lines from
 * overlapping; circles and boxes larger than usual, up to `want`, when the labels need it and
 * there is room.
 */
export function nodeSizes(gap: number, want: { radius?: number; boxWidth?: number } = {}): NodeSizes {
  const radius = clamp((gap - STATUS_LINE) / 2, MIN_RADIUS, clamp(want.radius ?? 0, NODE_RADIUS, MAX_LABEL_RADIUS));
  const boxHeight = Math.round(clamp(radius * 1.6, 24, 36));
  const large = radius >= 18;
  return {
    radius,
    boxWidth: Math.round(clamp(gap - 8, 40, clamp(want.boxWidth ?? 0, BOX_WIDTH, MAX_LABEL_BOX_WIDTH))),
    boxHeight,
    fontSize: large ? 12 : 10,
    statusFontSize: gap >= 64 ? 11 : 10,
    statusGap: gap >= 64 ? 14 : 12,
  };
}

/** Approximate width of `text` in a sans-serif font of `fontSize` px. */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.58;
}

/** Width of a bold character relative to the font size (labels are semibold; wider than textWidth's). */
const BOLD_CHAR_WIDTH = 0.64;
/** Labels never shrink below this, readable on a phone. */
export const MIN_LABEL_FONT_SIZE = 8;

/** Width of `text` in the semibold label font of `fontSize` px (a safe overestimate). */
export function labelWidth(text: string, fontSize: number): number {
  return text.length * fontSize * BOLD_CHAR_WIDTH;
}

/** The largest font size up to `fontSize` at which every line fits `maxWidth` (not below the floor). */
export function fittedFontSize(lines: readonly string[], maxWidth: number, fontSize: number): number {
  const longest = Math.max(1, ...lines.map((line) => line.length));
  return clamp(Math.floor(maxWidth / (longest * BOLD_CHAR_WIDTH)), MIN_LABEL_FONT_SIZE, fontSize);
}

/** The circle radius and box width at which every label fits at the drawing's font size. */
function labelRoomFor(view: RunView, base: NodeSizes): { radius: number; boxWidth: number } {
  const need = { radius: 0, boxWidth: 0 };
  for (const node of view.nodes) {
    const box = nodeShape(node.role) === "box";
    const padding = box ? BOX_PADDING : CIRCLE_PADDING;
    const lines = labelLines(node.label, (box ? base.boxWidth : 2 * base.radius) - padding, base.fontSize);
    const width = Math.max(...lines.map((line) => labelWidth(line, base.fontSize))) + padding;
    if (box) need.boxWidth = Math.max(need.boxWidth, width);
    else need.radius = Math.max(need.radius, width / 2);
  }
  return need;
}

/** A label in one line, or split at the space nearest its middle when it is wider than `maxWidth`. */
export function labelLines(label: string, maxWidth: number, fontSize: number): string[] {
  if (textWidth(label, fontSize) <= maxWidth || !label.includes(" ")) return [label];
  const middle = label.length / 2;
  let best = -1;
  for (let i = label.indexOf(" "); i !== -1; i = label.indexOf(" ", i + 1)) {
    if (best === -1 || Math.abs(i - middle) < Math.abs(best - middle)) best = i;
  }
  return [label.slice(0, best), label.slice(best + 1)];
}

/** The shortest distance between two node centres (Infinity for fewer than two nodes). */
function closestGap(points: readonly { x: number; y: number }[]): number {
  let gap = Number.POSITIVE_INFINITY;
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const a = points[i];
      const b = points[j];
      if (a && b) gap = Math.min(gap, Math.hypot(a.x - b.x, a.y - b.y));
    }
  }
  return gap;
}

/** A stable colour per message type (the label's first word: "vote", "append"…). */
export function messageColor(label: string): number {
  const type = label.split(/[\s(:]/, 1)[0] ?? label;
  let hash = 0;
  for (let i = 0; i < type.length; i++) hash = (hash * 31 + type.charCodeAt(i)) >>> 0;
  return hash % MESSAGE_PALETTE_SIZE;
}

/** Maps a moment of the run onto a `width × height` drawing: node centres, link ends, message dots. */
export function layoutView(view: RunView, width: number, height: number, maxMessages = 150): DrawnView {
  const pad = padX(width);
  const spanX = Math.max(1, width - 2 * pad);
  const spanY = Math.max(1, height - PAD_TOP - PAD_BOTTOM);
  const centre = new Map<NodeId, { x: number; y: number }>();
  for (const node of view.nodes) centre.set(node.id, { x: pad + node.x * spanX, y: PAD_TOP + node.y * spanY });
  const gap = closestGap([...centre.values()]);
  const sizes = nodeSizes(gap, labelRoomFor(view, nodeSizes(gap)));
  const nodes = view.nodes.map((node): DrawnNode => {
    const { x, y } = centre.get(node.id) ?? { x: 0, y: 0 };
    const shape = nodeShape(node.role);
    const room = shape === "box" ? sizes.boxWidth - BOX_PADDING : 2 * sizes.radius - CIRCLE_PADDING;
    const lines = labelLines(node.label, room, sizes.fontSize);
    return {
      id: node.id,
      label: node.label,
      lines,
      fontSize: fittedFontSize(lines, room, sizes.fontSize),
      status: node.status,
      role: node.role,
      x,
      y,
      tone: nodeTone(node),
      shape,
    };
  });
  const links: DrawnLink[] = [];
  for (const link of view.links) {
    const a = centre.get(link.a);
    const b = centre.get(link.b);
    if (a && b) links.push({ key: `${link.a}|${link.b}`, x1: a.x, y1: a.y, x2: b.x, y2: b.y, cut: link.cut });
  }
  const drawable = view.messages.filter((m) => centre.has(m.from) && centre.has(m.to));
  // The newest messages are the ones worth watching when there are too many.
  const shown = drawable.slice(Math.max(0, drawable.length - maxMessages));
  const messages = shown.map((m): DrawnMessage => {
    const from = centre.get(m.from) ?? { x: 0, y: 0 };
    const to = centre.get(m.to) ?? { x: 0, y: 0 };
    const dx = to.x - from.x;
    const dy = to.y - from.y;
    const length = Math.hypot(dx, dy) || 1;
    // Offset to the right of the direction of travel, so each direction has its own lane.
    const ox = (-dy / length) * LANE_OFFSET;
    const oy = (dx / length) * LANE_OFFSET;
    return {
      id: m.msgId,
      x: from.x + dx * m.progress + ox,
      y: from.y + dy * m.progress + oy,
      lost: m.lost,
      label: m.label,
      color: messageColor(m.label),
    };
  });
  const nodesKey = `${sizes.radius}|${nodes.map((n) => `${n.id},${n.x},${n.y},${n.tone},${n.status ?? ""},${n.fontSize},${n.lines.join("/")}`).join(";")}`;
  const linksKey = links.map((l) => `${l.key},${l.x1},${l.y1},${l.x2},${l.y2},${l.cut}`).join(";");
  return { width, height, sizes, nodes, links, messages, hiddenMessages: view.messages.length - messages.length, nodesKey, linksKey };
}

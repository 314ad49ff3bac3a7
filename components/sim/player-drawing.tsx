import { memo, useEffect, useMemo, useRef, useState } from "react";
import type { RunView } from "@/lib/sim";
import { drawingHeight, layoutView, statusOffset, type DrawnNode, type DrawnView, type NodeSizes, type NodeTone, type PlayerController } from "@/lib/sim-player";
import { useFrame, useReadout } from "./use-player";

const TONE_CLASSES: Record<NodeTone, string> = {
  up: "fill-white stroke-zinc-500 dark:fill-zinc-900 dark:stroke-zinc-400",
  leader: "fill-amber-100 stroke-amber-600 dark:fill-amber-900 dark:stroke-amber-400",
  candidate: "fill-sky-50 stroke-sky-600 dark:fill-sky-950 dark:stroke-sky-400",
  down: "fill-zinc-200 stroke-zinc-400 dark:fill-zinc-800 dark:stroke-zinc-600",
};

// Literal class names, so Tailwind generates them.
const MESSAGE_CLASSES = ["fill-sky-500", "fill-emerald-500", "fill-amber-500", "fill-fuchsia-500", "fill-rose-500", "fill-indigo-500"];

function Node({ node, sizes }: { node: DrawnNode; sizes: NodeSizes }) {
  const tone = TONE_CLASSES[node.tone];
  const strokeWidth = node.tone === "leader" ? 3 : 1.5;
  const dash = node.tone === "candidate" ? "4 3" : undefined;
  const cross = sizes.radius * 0.45;
  const lineHeight = node.fontSize + 1;
  const firstLine = node.y - ((node.lines.length - 1) * lineHeight) / 2;
  return (
    <g data-node={node.id} data-tone={node.tone} opacity={node.tone === "down" ? 0.75 : 1}>
      <title>{`${node.label}${node.tone === "down" ? " (down)" : ""}${node.status ? `: ${node.status}` : ""}`}</title>
      {node.shape === "box" ? (
        <rect
          x={node.x - sizes.boxWidth / 2}
          y={node.y - sizes.boxHeight / 2}
          width={sizes.boxWidth}
          height={sizes.boxHeight}
          rx={6}
          className={tone}
          strokeWidth={strokeWidth}
          strokeDasharray={dash}
        />
      ) : (
        <circle cx={node.x} cy={node.y} r={sizes.radius} className={tone} strokeWidth={strokeWidth} strokeDasharray={dash} />
      )}
      {node.tone === "down" ? (
        <path
          d={`M${node.x - cross},${node.y - cross}L${node.x + cross},${node.y + cross}M${node.x + cross},${node.y - cross}L${node.x - cross},${node.y + cross}`}
          className="stroke-red-600 dark:stroke-red-400"
          strokeWidth={2.5}
        />
      ) : null}
      <text textAnchor="middle" dominantBaseline="central" fontSize={node.fontSize} className="fill-zinc-900 font-semibold dark:fill-zinc-100">
        {node.lines.map((line, i) => (
          <tspan key={i} x={node.x} y={firstLine + i * lineHeight}>
            {line}
          </tspan>
        ))}
      </text>
      <text x={node.x} y={node.y + statusOffset(node.shape, sizes)} textAnchor="middle" fontSize={sizes.statusFontSize} className="fill-zinc-600 dark:fill-zinc-400">
        {node.tone === "down" ? "down" : (node.status ?? "")}
      </text>
    </g>
  );
}

// Nodes and links rarely change while messages move every frame: they re-render only when their key does.
const Links = memo(
  function Links({ drawn }: { drawn: DrawnView }) {
    return (
      <g>
        {drawn.links.map((l) => (
          <g key={l.key} data-link={l.key} data-cut={l.cut}>
            <line
              x1={l.x1}
              y1={l.y1}
              x2={l.x2}
              y2={l.y2}
              className={l.cut ? "stroke-red-500" : "stroke-zinc-300 dark:stroke-zinc-700"}
              strokeWidth={l.cut ? 2 : 1.5}
              strokeDasharray={l.cut ? "6 5" : undefined}
            />
            {l.cut ? (
              <text x={(l.x1 + l.x2) / 2} y={(l.y1 + l.y2) / 2} textAnchor="middle" dominantBaseline="central" fontSize={14} className="fill-red-600 font-bold">
                ✕
              </text>
            ) : null}
          </g>
        ))}
      </g>
    );
  },
  (before, after) => before.drawn.linksKey === after.drawn.linksKey,
);

const Nodes = memo(
  function Nodes({ drawn }: { drawn: DrawnView }) {
    return (
      <g>
        {drawn.nodes.map((n) => (
          <Node key={n.id} node={n} sizes={drawn.sizes} />
        ))}
      </g>
    );
  },
  (before, after) => before.drawn.nodesKey === after.drawn.nodesKey,
);

const Scene = memo(function Scene({ view, width }: { view: RunView; width: number }) {
  const drawn = useMemo(() => layoutView(view, width, drawingHeight(width)), [view, width]);
  return (
    <svg viewBox={`0 0 ${drawn.width} ${drawn.height}`} className="block h-auto w-full" aria-hidden="true" data-testid="sim-svg">
      <Links drawn={drawn} />
      <g>
        {drawn.messages.map((m) => (
          <circle
            key={m.id}
            cx={m.x}
            cy={m.y}
            r={5}
            className={m.lost ? "fill-none stroke-red-500" : MESSAGE_CLASSES[m.color]}
            strokeWidth={m.lost ? 1.5 : undefined}
            data-message={m.label}
          />
        ))}
      </g>
      <Nodes drawn={drawn} />
    </svg>
  );
});

function describeNodes(view: RunView): string {
  const nodes = view.nodes.map((n) => `${n.label} ${n.up ? (n.status ?? "up") : "down"}`).join("; ");
  const cut = view.partitions.length > 0 ? ` Partitioned: ${view.partitions.map((g) => g.join(" ")).join(" | ")}.` : "";
  return `${view.nodes.length} nodes: ${nodes}.${cut}`;
}

/** Counts and the partition, at readout rate. */
function DrawingCaption({ controller }: { controller: PlayerController }) {
  const { inFlight, partitions } = useReadout(controller);
  return (
    <figcaption className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-xs text-zinc-600 dark:text-zinc-400">
      <span data-testid="sim-in-flight">{inFlight} in flight</span>
      {partitions.length > 0 ? (
        <span className="font-medium text-red-700 dark:text-red-400" data-testid="sim-partition">
          Partition: {partitions.map((g) => `[${g.join(" ")}]`).join(" | ")}
        </span>
      ) : null}
      <span aria-hidden="true">● message · ○ will be lost · ✕ cut link · bold ring leader</span>
    </figcaption>
  );
}

/** Nodes, links and messages in flight at the current moment, sized to the space it has. */
export function PlayerDrawing({ controller, helpId }: { controller: PlayerController; helpId: string }) {
  const frame = useFrame(controller);
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(640);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      const measured = Math.round(entry?.contentRect.width ?? 0);
      if (measured > 0) setWidth(Math.max(280, measured));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const { view } = frame;
  const label = describeNodes(view);
  return (
    <figure className="m-0">
      <div
        ref={box}
        tabIndex={0}
        role="img"
        aria-label={label}
        aria-describedby={helpId}
        className="rounded-lg border border-zinc-200 bg-zinc-50 [contain:content] [will-change:transform] dark:border-zinc-800 dark:bg-zinc-950"
        data-testid="sim-drawing"
      >
        <Scene view={view} width={width} />
      </div>
      <DrawingCaption controller={controller} />
    </figure>
  );
}

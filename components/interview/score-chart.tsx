import { formatPercent } from "./format";

export interface ScorePoint {
  id: string;
  at: Date;
  score: number;
  label: string;
}

const W = 640;
const H = 200;
const PAD = { left: 40, right: 12, top: 12, bottom: 28 };
const dateFormat = new Intl.DateTimeFormat("en", { month: "short", day: "numeric", timeZone: "UTC" });

const pointLabel = (p: ScorePoint) => `${p.label}, ${dateFormat.format(p.at)}: ${formatPercent(p.score)}`;

/** Scores of completed rounds over time, oldest left; each point links to its round. */
export function ScoreChart({ points }: { points: readonly ScorePoint[] }) {
  if (points.length === 0) {
    return <p className="text-sm text-zinc-600 dark:text-zinc-400">No completed rounds to chart yet.</p>;
  }
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (points.length === 1 ? innerW / 2 : (i / (points.length - 1)) * innerW);
  const y = (score: number) => PAD.top + (1 - score) * innerH;
  const path = points.map((p, i) => `${i === 0 ? "M" : "L"}${x(i).toFixed(1)},${y(p.score).toFixed(1)}`).join(" ");
  const first = points[0];
  const last = points[points.length - 1];
  return (
    // A group, not an image: each point is a link to its round, and an image's content is hidden
    // from assistive technology while its links would still take focus.
    <svg viewBox={`0 0 ${W} ${H}`} role="group" aria-labelledby="score-chart-title" data-testid="score-chart" className="h-auto w-full max-w-3xl text-brand-600 dark:text-brand-300">
      <title id="score-chart-title">{`Round scores over time: ${points.length} rounds, latest ${formatPercent(last?.score ?? 0)}`}</title>
      {[0, 0.4, 0.7, 1].map((t) => (
        <g key={t}>
          <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} className="stroke-zinc-200 dark:stroke-zinc-800" strokeDasharray={t === 0 || t === 1 ? undefined : "4 4"} />
          <text x={PAD.left - 6} y={y(t) + 4} textAnchor="end" className="fill-zinc-500 text-[11px] dark:fill-zinc-400">
            {formatPercent(t)}
          </text>
        </g>
      ))}
      <path d={path} fill="none" stroke="currentColor" strokeWidth={2} />
      {points.map((p, i) => (
        <a key={p.id} href={`/interview/rounds/${p.id}`} aria-label={pointLabel(p)}>
          <circle cx={x(i)} cy={y(p.score)} r={5} fill="currentColor" data-score={p.score.toFixed(3)}>
            <title>{pointLabel(p)}</title>
          </circle>
        </a>
      ))}
      {first ? (
        <text x={x(0)} y={H - 8} textAnchor="start" className="fill-zinc-500 text-[11px] dark:fill-zinc-400">
          {dateFormat.format(first.at)}
        </text>
      ) : null}
      {last && points.length > 1 ? (
        <text x={x(points.length - 1)} y={H - 8} textAnchor="end" className="fill-zinc-500 text-[11px] dark:fill-zinc-400">
          {dateFormat.format(last.at)}
        </text>
      ) : null}
    </svg>
  );
}

import { formatDay, monthLabel, type Retention, type RetentionCount } from "@/lib/stats";
import { ChartFocus } from "./chart-focus";
import { percent } from "./bar-scale";

// A phone-sized drawing: readable at ~330 px wide without scrolling, scaled up on a desktop.
const WIDTH = 360;
const HEIGHT = 180;
// Room for "100%" on the left and half of the last week's date on the right.
const LEFT = 36;
const RIGHT = 14;
const TOP = 8;
const BOTTOM = 22;

function describeCount(name: string, count: RetentionCount): string {
  return count.rate === null ? `${name}: no reviews` : `${name} ${percent(count.rate)} (${count.passed} of ${count.total})`;
}

/** True retention per week, young and mature cards side by side (server-drawn SVG). */
export function RetentionChart({ retention, desired }: { retention: Retention; desired: number }) {
  const plot = HEIGHT - TOP - BOTTOM;
  const slot = (WIDTH - LEFT - RIGHT) / Math.max(1, retention.weeks.length);
  const bar = slot * 0.32;
  const y = (rate: number) => TOP + plot - rate * plot;
  const bars = (count: RetentionCount, x: number, cls: string) =>
    count.rate === null ? (
      <rect x={x} y={TOP + plot - 1} width={bar} height={1} className="fill-zinc-300 dark:fill-zinc-700" />
    ) : (
      <rect x={x} y={y(count.rate)} width={bar} height={Math.max(1, TOP + plot - y(count.rate))} rx={1.5} className={cls} />
    );
  return (
    <ChartFocus hint="Hover over or focus a week to see its figures." testId="retention-caption">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="block h-auto w-full"
        role="group"
        aria-label={`True retention per week over the last ${retention.weeks.length} weeks`}
        data-testid="retention"
      >
        {[0, 0.5, 1].map((tick) => (
          <g key={tick}>
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(tick)} y2={y(tick)} className="stroke-zinc-200 dark:stroke-zinc-800" />
            <text x={LEFT - 6} y={y(tick) + 3} textAnchor="end" className="fill-zinc-500 text-[10px]">
              {percent(tick)}
            </text>
          </g>
        ))}
        <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(desired)} y2={y(desired)} strokeDasharray="4 3" className="stroke-emerald-600" />
        {retention.weeks.map((week, i) => {
          const tip = `Week of ${formatDay(week.weekStart)}: ${describeCount("young", week.young)}; ${describeCount("mature", week.mature)}`;
          const x = LEFT + i * slot;
          return (
            <g key={week.weekStart} tabIndex={i === retention.weeks.length - 1 ? 0 : -1} aria-label={tip} data-tip={tip} className="group outline-none">
              <title>{tip}</title>
              <rect x={x} y={TOP} width={slot} height={plot} className="fill-transparent group-focus-visible:fill-zinc-100 dark:group-focus-visible:fill-zinc-800" />
              {bars(week.young, x + slot * 0.16, "fill-brand-300")}
              {bars(week.mature, x + slot * 0.52, "fill-brand-700 dark:fill-brand-400")}
              {(retention.weeks.length - 1 - i) % 3 === 0 && (
                <text x={x + slot / 2} y={HEIGHT - 6} textAnchor="middle" className="fill-zinc-500 text-[10px]">
                  {`${Number(week.weekStart.slice(8))} ${monthLabel(week.weekStart)}`}
                </text>
              )}
            </g>
          );
        })}
      </svg>
    </ChartFocus>
  );
}

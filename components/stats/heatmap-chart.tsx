import { formatDay, type Heatmap } from "@/lib/stats";
import { ChartFocus } from "./chart-focus";

const CELL = 11;
const PITCH = 13;
// The weekday labels sit in their own column beside the drawing, pinned while it scrolls.
const LEFT = 2;
const TOP = 16;
const ROW_LABELS = [
  [0, "Mon"],
  [2, "Wed"],
  [4, "Fri"],
] as const;

const LEVEL_CLASS = [
  "fill-zinc-100 dark:fill-zinc-800",
  "fill-brand-100 dark:fill-brand-700",
  "fill-brand-300 dark:fill-brand-500",
  "fill-brand-500 dark:fill-brand-400",
  "fill-brand-700 dark:fill-brand-300",
] as const;

function describeDay(day: string, count: number): string {
  const when = formatDay(day);
  return count === 0 ? `No reviews on ${when}` : `${count} review${count === 1 ? "" : "s"} on ${when}`;
}

/** Reviews per study day over the last year, one square per day (server-drawn SVG). */
export function HeatmapChart({ heatmap }: { heatmap: Heatmap }) {
  const width = LEFT + heatmap.weeks * PITCH + 4; // room for the focus ring of the last column
  const height = TOP + 7 * PITCH;
  return (
    <ChartFocus
      hint="Hover over a day, or focus one and move with the arrow keys, to see its count."
      across={7}
      down={1}
      scrollToEnd
      testId="heatmap-caption"
    >
      {/* As wide as the drawing needs (a sticky column sticks only within its parent's box). */}
      <div className="flex min-w-[640px]">
        {/* Stretched to the drawing's height, so a label's share of it places it on its row. */}
        <div aria-hidden className="sticky left-0 z-10 w-7 shrink-0 bg-white dark:bg-zinc-950" data-testid="heatmap-weekdays">
          {ROW_LABELS.map(([row, label]) => (
            <span
              key={label}
              className="absolute left-0 -translate-y-1/2 text-[10px] leading-none text-zinc-600 dark:text-zinc-400"
              style={{ top: `${((TOP + row * PITCH + CELL / 2) / height) * 100}%` }}
            >
              {label}
            </span>
          ))}
        </div>
        <svg
          viewBox={`0 0 ${width} ${height}`}
          className="block h-auto min-w-0 flex-1"
          role="group"
          aria-label={`Reviews per day: ${heatmap.total} in the last ${heatmap.weeks} weeks, on ${heatmap.activeDays} day${heatmap.activeDays === 1 ? "" : "s"}`}
          data-testid="heatmap"
        >
          {heatmap.months.map((m) => (
            <text key={`${m.week}-${m.label}`} x={LEFT + m.week * PITCH} y={10} className="fill-zinc-500 text-[9px]">
              {m.label}
            </text>
          ))}
          {heatmap.cells.map((cell) => {
            const tip = describeDay(cell.day, cell.count);
            const isToday = cell.day === heatmap.today;
            return (
              <rect
                key={cell.day}
                x={LEFT + cell.week * PITCH}
                y={TOP + cell.weekday * PITCH}
                width={CELL}
                height={CELL}
                rx={2}
                tabIndex={isToday ? 0 : -1}
                aria-label={tip}
                data-tip={tip}
                data-day={cell.day}
                data-count={cell.count}
                data-testid={isToday ? "heatmap-today" : undefined}
                className={`${LEVEL_CLASS[cell.level]} stroke-transparent stroke-[1.5] focus-visible:stroke-zinc-900 dark:focus-visible:stroke-white`}
              >
                <title>{tip}</title>
              </rect>
            );
          })}
        </svg>
      </div>
    </ChartFocus>
  );
}

/** The colour key under the heatmap. */
export function HeatmapLegend() {
  return (
    <div className="flex items-center gap-1 text-xs text-zinc-500 dark:text-zinc-400" aria-hidden>
      <span className="mr-1">Less</span>
      {LEVEL_CLASS.map((cls) => (
        <svg key={cls} viewBox="0 0 11 11" className="h-3 w-3">
          <rect width={11} height={11} rx={2} className={cls} />
        </svg>
      ))}
      <span className="ml-1">More</span>
    </div>
  );
}

import { formatDay, type Forecast } from "@/lib/stats";
import { ChartFocus } from "./chart-focus";
import { niceMax } from "./bar-scale";

// A phone-sized drawing: readable at ~330 px wide without scrolling, scaled up on a desktop.
const WIDTH = 360;
const HEIGHT = 170;
// Room for a four-digit count on the left.
const LEFT = 34;
const TOP = 8;
const BOTTOM = 22;

/** Cards coming due on each of the next 30 days (server-drawn SVG). */
export function ForecastChart({ forecast }: { forecast: Forecast }) {
  const max = niceMax(Math.max(...forecast.days.map((d) => d.count)));
  const plot = HEIGHT - TOP - BOTTOM;
  const slot = (WIDTH - LEFT) / Math.max(1, forecast.days.length);
  const y = (count: number) => TOP + plot - (count / max) * plot;
  return (
    <ChartFocus hint="Hover over or focus a day to see how many cards fall due." testId="forecast-caption">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="block h-auto w-full"
        role="group"
        aria-label={`Cards due in the next ${forecast.days.length} days: ${forecast.total}`}
        data-testid="forecast"
      >
        {[0, ...(max % 2 === 0 ? [max / 2] : []), max].map((tick) => (
          <g key={tick}>
            <line x1={LEFT} x2={WIDTH} y1={y(tick)} y2={y(tick)} className="stroke-zinc-200 dark:stroke-zinc-800" />
            <text x={LEFT - 6} y={y(tick) + 3} textAnchor="end" className="fill-zinc-500 text-[10px]">
              {tick}
            </text>
          </g>
        ))}
        {forecast.days.map((d, i) => {
          const label = i === 0 ? "today" : i === 1 ? "tomorrow" : formatDay(d.day);
          const overdue = i === 0 && forecast.overdue > 0 ? ` (${forecast.overdue} overdue)` : "";
          const tip = `${d.count} card${d.count === 1 ? "" : "s"} due ${label}${overdue}`;
          const x = LEFT + i * slot;
          return (
            <g
              key={d.day}
              tabIndex={i === 0 ? 0 : -1}
              aria-label={tip}
              data-tip={tip}
              data-count={d.count}
              data-testid={`forecast-day-${i}`}
              className="group outline-none"
            >
              <title>{tip}</title>
              <rect x={x} y={TOP} width={slot} height={plot} className="fill-transparent group-focus-visible:fill-zinc-100 dark:group-focus-visible:fill-zinc-800" />
              {d.count > 0 && (
                <rect x={x + slot * 0.15} y={y(d.count)} width={slot * 0.7} height={TOP + plot - y(d.count)} rx={1.5} className="fill-brand-500" />
              )}
              {i % 7 === 0 && (
                <text x={x + slot / 2} y={HEIGHT - 6} textAnchor="middle" className="fill-zinc-500 text-[10px]">
                  {i === 0 ? "Today" : `+${i}d`}
                </text>
              )}
            </g>
          );
        })}
      </svg>
    </ChartFocus>
  );
}

import { memo } from "react";
import type { MetricSpec } from "@/lib/sim";
import { formatMetric, sparkline, type PlayerController } from "@/lib/sim-player";
import { useReadout } from "./use-player";

const CHART = { width: 96, height: 24 };

/** Live readouts with a small chart each; refreshed a few times a second, not every frame. */
export const PlayerMetrics = memo(function PlayerMetrics({ controller, specs }: { controller: PlayerController; specs: readonly MetricSpec[] }) {
  const readout = useReadout(controller);
  return (
    <dl className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-4" data-testid="sim-metrics">
      {specs.map((spec) => {
        const value = readout.metrics[spec.key];
        const line = sparkline(readout.series, spec.key, readout.time, CHART.width, CHART.height);
        return (
          <div
            key={spec.key}
            className="min-w-0 rounded-md border border-zinc-200 px-2.5 py-1.5 dark:border-zinc-800"
            data-testid={`metric-${spec.key}`}
            data-value={value ?? ""}
          >
            {/* Wrapped, not cut short: on a phone "Time to evict a dead instance" is two lines. */}
            <dt className="text-xs leading-snug break-words text-zinc-600 dark:text-zinc-400">
              {spec.label}
            </dt>
            <dd className="flex items-end justify-between gap-2">
              <span className="font-mono text-base font-semibold tabular-nums">{formatMetric(value, spec.unit)}</span>
              {line.points ? (
                <svg viewBox={`0 0 ${CHART.width} ${CHART.height}`} width={CHART.width} height={CHART.height} className="max-w-[50%] shrink" aria-hidden="true">
                  <polyline points={line.points} fill="none" className="stroke-brand-500" strokeWidth={1.5} vectorEffect="non-scaling-stroke" />
                </svg>
              ) : null}
            </dd>
          </div>
        );
      })}
    </dl>
  );
});

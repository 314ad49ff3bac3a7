import type { Retention, RetentionCount } from "@/lib/stats";
import { percent } from "./bar-scale";

function Figure({ label, count, swatch }: { label: string; count: RetentionCount; swatch: string }) {
  return (
    <span className="inline-flex items-center gap-1.5">
      <span aria-hidden className={`inline-block h-3 w-3 rounded-sm ${swatch}`} />
      {label} {count.rate === null ? "—" : `${percent(count.rate)} (${count.passed}/${count.total})`}
    </span>
  );
}

/** The retention chart's legend, with the figures over all the weeks shown. */
export function RetentionSummary({ retention, desired }: { retention: Retention; desired: number }) {
  return (
    <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm" data-testid="retention-summary">
      <Figure label="Young" count={retention.young} swatch="bg-brand-300" />
      <Figure label="Mature" count={retention.mature} swatch="bg-brand-700 dark:bg-brand-400" />
      <span className="inline-flex items-center gap-1.5 text-zinc-600 dark:text-zinc-400">
        <span aria-hidden className="inline-block w-4 border-t-2 border-dashed border-emerald-600" />
        your target {percent(desired)}
      </span>
    </p>
  );
}

import { formatDuration } from "@/components/review/format";
import type { StatsView } from "@/lib/data/stats";

function Tile({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div className="rounded-lg border border-zinc-200 p-3 dark:border-zinc-800">
      <dt className="text-xs text-zinc-500 dark:text-zinc-400">{label}</dt>
      <dd className="text-xl font-semibold tabular-nums" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}

const days = (n: number) => `${n} day${n === 1 ? "" : "s"}`;

/** Streaks, review count and time spent at a glance. */
export function StatTiles({ stats }: { stats: StatsView }) {
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
      <Tile label="Current streak" value={days(stats.streaks.current)} testId="streak-current" />
      <Tile label="Longest streak" value={days(stats.streaks.longest)} testId="streak-longest" />
      <Tile label="Reviews, all time" value={stats.totals.reviews.toLocaleString("en-US")} testId="reviews-total" />
      <Tile label="Time today" value={formatDuration(stats.time.todayMs)} testId="time-today" />
      <Tile label="Last 7 days" value={formatDuration(stats.time.last7DaysMs)} testId="time-week" />
      <Tile label="Total time" value={formatDuration(stats.time.totalMs)} testId="time-total" />
    </dl>
  );
}

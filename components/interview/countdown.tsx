import { formatClock } from "./format";

/** The question's clock: a bar and the time left, red in the last fifth. */
export function Countdown({ leftMs, totalMs }: { leftMs: number; totalMs: number }) {
  const fraction = totalMs > 0 ? Math.max(0, Math.min(1, leftMs / totalMs)) : 0;
  const urgent = fraction <= 0.2;
  return (
    <div className="flex items-center gap-3">
      <div className="h-2 flex-1 overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-800" aria-hidden>
        <div className={`h-full ${urgent ? "bg-red-500" : "bg-brand-500"}`} style={{ width: `${fraction * 100}%` }} />
      </div>
      <span
        role="timer"
        aria-label={`${formatClock(leftMs)} left`}
        data-testid="countdown"
        className={`w-14 text-right font-mono text-lg font-semibold tabular-nums ${urgent ? "text-red-600 dark:text-red-400" : ""}`}
      >
        {formatClock(leftMs)}
      </span>
    </div>
  );
}

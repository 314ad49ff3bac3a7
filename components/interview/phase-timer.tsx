import type { PhaseId } from "@/lib/interview";
import { formatClock } from "./format";

export interface PhaseClock {
  id: PhaseId;
  label: string;
  budgetMs: number;
  usedMs: number;
}

/** A full round's phases: budget, time used so far, the current one highlighted. */
export function PhaseTimer({ phases, current }: { phases: readonly PhaseClock[]; current: PhaseId | undefined }) {
  return (
    <ol aria-label="Phases" data-testid="phase-timer" className="grid grid-cols-2 gap-2 sm:grid-cols-4">
      {phases.map((p) => {
        const over = p.usedMs > p.budgetMs;
        const active = p.id === current;
        return (
          <li
            key={p.id}
            aria-current={active ? "step" : undefined}
            data-phase={p.id}
            className={`rounded-md border p-2 text-xs ${active ? "border-brand-500 bg-brand-50 dark:bg-zinc-900" : "border-zinc-200 dark:border-zinc-800"}`}
          >
            <p className="font-semibold">{p.label}</p>
            <p className={`font-mono tabular-nums ${over ? "text-red-600 dark:text-red-400" : "text-zinc-600 dark:text-zinc-400"}`}>
              {formatClock(p.usedMs)} / {formatClock(p.budgetMs)}
            </p>
            <div className="mt-1 h-1 overflow-hidden rounded bg-zinc-200 dark:bg-zinc-800" aria-hidden>
              <div className={over ? "h-full bg-red-500" : "h-full bg-brand-500"} style={{ width: `${Math.min(100, (p.usedMs / Math.max(1, p.budgetMs)) * 100)}%` }} />
            </div>
          </li>
        );
      })}
    </ol>
  );
}

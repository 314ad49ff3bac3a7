import type { LogEntry } from "@/lib/sim";

export const LOG_KINDS: readonly LogEntry["kind"][] = ["deliver", "drop", "timer", "action"];

export const LOG_KIND_LABELS: Record<LogEntry["kind"], string> = {
  deliver: "Deliveries",
  drop: "Drops",
  timer: "Timers",
  action: "Actions",
};

/** Entries scanned at most per refresh, so a filter that matches nothing stays cheap on a long run. */
const MAX_SCAN = 5000;

/**
 * The latest `limit` entries processed by the current moment (`cursor`; the log may run past it
 * after a seek backwards), newest first, keeping only the wanted kinds.
 */
export function tailLog(
  log: readonly LogEntry[],
  cursor: number,
  kinds: ReadonlySet<LogEntry["kind"]>,
  limit: number,
): LogEntry[] {
  const out: LogEntry[] = [];
  const end = Math.min(cursor, log.length);
  for (let i = end - 1; i >= 0 && i >= end - MAX_SCAN && out.length < limit; i--) {
    const entry = log[i];
    if (entry !== undefined && kinds.has(entry.kind)) out.push(entry);
  }
  return out;
}

import type { LogEntry, Metrics, MetricSpec } from "@/lib/sim";
import { formatSimTime } from "./playback";

const integer = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });

/** A metric value for a readout, by its unit. Missing or non-finite values show as a dash. */
export function formatMetric(value: number | undefined, unit: MetricSpec["unit"]): string {
  if (value === undefined || !Number.isFinite(value)) return "—";
  switch (unit) {
    case "ms":
      if (Math.abs(value) >= 1000) return `${(value / 1000).toFixed(2)} s`;
      return `${Math.abs(value) < 10 ? value.toFixed(1) : integer.format(value)} ms`;
    case "%":
      return `${value.toFixed(1)} %`;
    case "ratio":
      return value.toFixed(Math.abs(value) < 10 ? 2 : 1);
    case "count":
    case undefined:
      return Number.isInteger(value) ? integer.format(value) : oneDecimal.format(value);
  }
}

/** What the screen-reader summary says about a moment: the time and the first few metrics. */
export function liveSummary(time: number, specs: readonly MetricSpec[], metrics: Metrics, count = 4): string {
  const parts = specs.slice(0, count).map((spec) => `${spec.label}: ${formatMetric(metrics[spec.key], spec.unit)}`);
  return `At ${formatSimTime(time)}. ${parts.join("; ")}.`;
}

/** One line for the event log. */
export function describeEntry(entry: LogEntry): string {
  switch (entry.kind) {
    case "deliver":
      return `${entry.from ?? "?"} → ${entry.to ?? "?"}: ${entry.label}`;
    case "drop":
      return `${entry.from ?? "?"} → ${entry.to ?? "?"}: ${entry.label} dropped (${entry.reason ?? "lost"})`;
    case "timer":
      return `${entry.node ?? "environment"}: ${entry.label} timer`;
    case "action":
      return entry.reason === "no-target" ? `${entry.label} (no such node right now)` : entry.label;
  }
}

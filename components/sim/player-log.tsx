import { memo, useMemo, useState } from "react";
import type { LogEntry } from "@/lib/sim";
import { describeEntry, formatSimTime, LOG_KIND_LABELS, LOG_KINDS, tailLog, type PlayerController } from "@/lib/sim-player";
import { useReadout } from "./use-player";

const SHOWN = 40;

const KIND_CLASSES: Record<LogEntry["kind"], string> = {
  deliver: "text-zinc-500 dark:text-zinc-400",
  drop: "text-red-700 dark:text-red-400",
  timer: "text-sky-700 dark:text-sky-400",
  action: "text-amber-700 dark:text-amber-400",
};

/** The latest events up to the current moment, filterable by kind; refreshed with the readouts. */
export const PlayerLog = memo(function PlayerLog({ controller }: { controller: PlayerController }) {
  const readout = useReadout(controller);
  const [kinds, setKinds] = useState<ReadonlySet<LogEntry["kind"]>>(() => new Set(LOG_KINDS));
  const entries = useMemo(() => tailLog(readout.log, readout.cursor, kinds, SHOWN), [readout, kinds]);
  const toggle = (kind: LogEntry["kind"]) =>
    setKinds((current) => {
      const next = new Set(current);
      if (next.has(kind)) next.delete(kind);
      else next.add(kind);
      return next;
    });
  return (
    <section aria-label="Event log" className="space-y-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="text-sm font-semibold">
          Event log{" "}
          <span className="font-normal text-zinc-500 dark:text-zinc-400" data-testid="sim-log-count">
            (event {readout.cursor} of {readout.log.length} recorded)
          </span>
        </h3>
        <fieldset className="flex flex-wrap gap-3 text-xs">
          <legend className="sr-only">Show event kinds</legend>
          {LOG_KINDS.map((kind) => (
            <label key={kind} className="inline-flex items-center gap-1">
              <input type="checkbox" checked={kinds.has(kind)} onChange={() => toggle(kind)} />
              {LOG_KIND_LABELS[kind]}
            </label>
          ))}
        </fieldset>
      </div>
      <ol
        className="max-h-56 overflow-y-auto rounded-md border border-zinc-200 font-mono text-xs dark:border-zinc-800"
        data-testid="sim-log"
        tabIndex={0}
        aria-label={`Latest ${SHOWN} events, newest first`}
      >
        {entries.length === 0 ? <li className="px-2 py-1.5 text-zinc-500 dark:text-zinc-400">No events yet.</li> : null}
        {entries.map((entry) => (
          <li key={entry.index} className="flex gap-2 border-b border-zinc-100 px-2 py-1 last:border-0 dark:border-zinc-900" data-kind={entry.kind} data-t={entry.t}>
            <span className="shrink-0 tabular-nums text-zinc-500 dark:text-zinc-400">{formatSimTime(entry.t)}</span>
            <span className={`w-12 shrink-0 ${KIND_CLASSES[entry.kind]}`}>{entry.kind}</span>
            <span className="min-w-0 break-words">
              {describeEntry(entry)}
              {entry.notes?.map((note) => (
                <span key={note} className="block text-zinc-600 italic dark:text-zinc-300">
                  {note}
                </span>
              ))}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
});

import { memo, useState, type FormEvent } from "react";
import { formatSimTime, formatSpeed, isSpeed, MAX_SEED, parseSeed, SPEEDS, type PlayerController } from "@/lib/sim-player";
import { useReadout, useStatus } from "./use-player";

export const controlClass =
  "inline-flex min-h-9 items-center justify-center gap-1 rounded-md border border-zinc-300 bg-white px-3 py-1.5 text-sm font-medium text-zinc-900 hover:bg-zinc-50 disabled:cursor-not-allowed disabled:opacity-50 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100 dark:hover:bg-zinc-800";

/** The clock follows the readouts (a few times a second while playing): text and layout need not change every frame. */
function Clock({ controller }: { controller: PlayerController }) {
  const readout = useReadout(controller);
  return (
    <span className="inline-block min-w-[8.5rem] font-mono text-sm tabular-nums" data-testid="sim-clock" data-time={readout.time} data-cursor={readout.cursor}>
      t = {formatSimTime(readout.time)}
    </span>
  );
}

function SeedForm({ controller, seed }: { controller: PlayerController; seed: number }) {
  const [draft, setDraft] = useState<string | null>(null);
  const invalid = draft !== null && parseSeed(draft) === null;
  const apply = () => {
    if (draft === null) return;
    const next = parseSeed(draft);
    if (next === null) return;
    setDraft(null);
    if (next !== seed) controller.restart({ seed: next });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    apply();
  };
  const randomSeed = () => {
    const [value = 0] = crypto.getRandomValues(new Uint32Array(1));
    setDraft(null);
    controller.restart({ seed: value % 1_000_000 });
  };
  return (
    <form onSubmit={submit} className="flex items-center gap-1.5" aria-label="Seed">
      <label className="text-sm font-medium">
        <span className="mr-1.5">Seed</span>
        <input
          type="text"
          inputMode="numeric"
          value={draft ?? String(seed)}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={apply}
          aria-invalid={invalid}
          aria-describedby={invalid ? "seed-error" : undefined}
          data-testid="sim-seed"
          className="w-28 rounded-md border border-zinc-300 bg-white px-2 py-1.5 font-mono text-sm aria-invalid:border-red-500 dark:border-zinc-700 dark:bg-zinc-900"
        />
      </label>
      <button type="submit" className={controlClass}>
        Apply
      </button>
      <button type="button" className={controlClass} onClick={randomSeed}>
        New seed
      </button>
      {invalid ? (
        <span id="seed-error" className="text-xs text-red-600 dark:text-red-400">
          A whole number from 0 to {MAX_SEED}
        </span>
      ) : null}
    </form>
  );
}

interface ToolbarProps {
  controller: PlayerController;
  answerAtMs: number | undefined;
}

/** Play, pause, step, restart, speed, seed; and for a card, "Run to the answer". */
export const PlayerToolbar = memo(function PlayerToolbar({ controller, answerAtMs }: ToolbarProps) {
  const status = useStatus(controller);
  return (
    <div className="flex flex-wrap items-center gap-2" role="group" aria-label="Playback">
      <button
        type="button"
        className={`${controlClass} min-w-20`}
        onClick={() => controller.toggle()}
        aria-keyshortcuts="Space"
        data-testid="sim-play"
      >
        {status.playing ? "Pause" : "Play"}
      </button>
      <button type="button" className={controlClass} onClick={() => controller.stepBack()} aria-keyshortcuts="ArrowLeft" aria-label="Step back one event">
        ◀ Back
      </button>
      <button type="button" className={controlClass} onClick={() => controller.step()} aria-keyshortcuts="ArrowRight" aria-label="Step forward one event">
        Step ▶
      </button>
      <button
        type="button"
        className={controlClass}
        onClick={() => controller.restart()}
        aria-keyshortcuts="R"
        aria-label={controller.addedFaults > 0 ? "Restart the run, replaying its faults" : "Restart the run"}
      >
        Restart
      </button>
      {controller.addedFaults > 0 ? (
        <button type="button" className={controlClass} onClick={() => controller.clearFaults()} data-testid="sim-clear-faults">
          Clear faults ({controller.addedFaults})
        </button>
      ) : null}
      <label className="flex items-center gap-1.5 text-sm font-medium">
        Speed
        <select
          value={status.speed}
          onChange={(e) => {
            const speed = Number(e.target.value);
            if (isSpeed(speed)) controller.setSpeed(speed);
          }}
          className="rounded-md border border-zinc-300 bg-white px-2 py-1.5 text-sm dark:border-zinc-700 dark:bg-zinc-900"
          data-testid="sim-speed"
        >
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {formatSpeed(s, controller.rate)}
            </option>
          ))}
        </select>
      </label>
      <Clock controller={controller} />
      <SeedForm controller={controller} seed={status.config.seed} />
      {answerAtMs !== undefined ? (
        <button
          type="button"
          className="inline-flex min-h-9 items-center rounded-md bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-700"
          onClick={() => controller.runTo(answerAtMs)}
          data-testid="run-to-answer"
        >
          {status.runningTo !== undefined ? "Running…" : `Run to the answer (t = ${formatSimTime(answerAtMs)})`}
        </button>
      ) : null}
    </div>
  );
});

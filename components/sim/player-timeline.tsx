import { formatSimTime, sliderStep, type PlayerController } from "@/lib/sim-player";
import { useReadout } from "./use-player";

/**
 * The time slider over the run: dragging back restores the nearest snapshot and replays from it.
 * It follows the readouts, not every frame (the thumb moves a fraction of a pixel per frame at 1×).
 */
export function PlayerTimeline({ controller, id }: { controller: PlayerController; id: string }) {
  const readout = useReadout(controller);
  return (
    <div className="flex items-center gap-3">
      <label htmlFor={id} className="shrink-0 text-sm font-medium">
        Time
      </label>
      <input
        id={id}
        type="range"
        min={0}
        max={readout.endMs}
        step={sliderStep(readout.endMs)}
        value={readout.time}
        onChange={(e) => controller.seek(Number(e.target.value))}
        aria-valuetext={`${formatSimTime(readout.time)} of ${formatSimTime(readout.endMs)}`}
        className="h-2 min-w-0 flex-1 cursor-pointer accent-brand-600"
        data-testid="sim-time"
      />
      <span className="shrink-0 font-mono text-xs text-zinc-500 tabular-nums dark:text-zinc-400">{formatSimTime(readout.endMs)}</span>
    </div>
  );
}

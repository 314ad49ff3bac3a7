import { formatSimTime, sliderStep, type PlayerController } from "@/lib/sim-player";
import { useFrame } from "./use-player";

/** The time slider over the run: dragging back restores the nearest snapshot and replays from it. */
export function PlayerTimeline({ controller, id }: { controller: PlayerController; id: string }) {
  const frame = useFrame(controller);
  return (
    <div className="flex items-center gap-3">
      <label htmlFor={id} className="shrink-0 text-sm font-medium">
        Time
      </label>
      <input
        id={id}
        type="range"
        min={0}
        max={frame.endMs}
        step={sliderStep(frame.endMs)}
        value={frame.time}
        onChange={(e) => controller.seek(Number(e.target.value))}
        aria-valuetext={`${formatSimTime(frame.time)} of ${formatSimTime(frame.endMs)}`}
        className="h-2 min-w-0 flex-1 cursor-pointer accent-brand-600"
        data-testid="sim-time"
      />
      <span className="shrink-0 font-mono text-xs text-zinc-500 tabular-nums dark:text-zinc-400">{formatSimTime(frame.endMs)}</span>
    </div>
  );
}

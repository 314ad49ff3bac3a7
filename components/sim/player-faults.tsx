import { memo, useMemo } from "react";
import type { Scenario } from "@/lib/sim";
import type { PlayerController } from "@/lib/sim-player";
import { controlClass } from "./player-toolbar";
import { useStatus } from "./use-player";

/** The scenario's fault buttons and live switches for the current settings; each acts now. */
export const PlayerFaults = memo(function PlayerFaults({ controller, scenario }: { controller: PlayerController; scenario: Scenario }) {
  const { config } = useStatus(controller);
  const specs = useMemo(() => scenario.actionSpecs(config.settings), [scenario, config.settings]);
  if (specs.length === 0) return null;
  return (
    <div role="group" aria-label="Faults and switches" className="flex flex-wrap gap-2" data-testid="sim-faults">
      {specs.map((spec) => (
        <button key={spec.label} type="button" className={controlClass} onClick={() => controller.act(spec.action)}>
          {spec.label}
        </button>
      ))}
    </div>
  );
});

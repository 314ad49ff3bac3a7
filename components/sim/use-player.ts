import { useEffect, useState, useSyncExternalStore } from "react";
import { findScenario, type Scenario } from "@/lib/sim";
import { PlayerController, type PlayerFrame, type PlayerReadout, type PlayerStatus } from "@/lib/sim-player";

const animationFrames = {
  request: (callback: (timestamp: number) => void) => window.requestAnimationFrame(callback),
  cancel: (handle: number) => window.cancelAnimationFrame(handle),
};

export type PlayerSetup =
  | { readonly ok: true; readonly scenario: Scenario; readonly controller: PlayerController }
  | { readonly ok: false; readonly error: string };

/** Where a player starts; settings are checked by the scenario. */
export interface PlayerStart {
  readonly seed: number;
  readonly settings: unknown;
  readonly actions: readonly unknown[];
}

function setUp(scenarioId: string, start: PlayerStart, endAtLeastMs: number | undefined): PlayerSetup {
  const scenario = findScenario(scenarioId);
  if (!scenario) return { ok: false, error: `There is no simulation called "${scenarioId}".` };
  try {
    const controller = new PlayerController({
      start: (c) => scenario.createRun({ seed: c.seed, settings: c.settings, actions: c.actions }),
      config: { seed: start.seed, actions: start.actions, settings: scenario.parseSettings(start.settings) },
      defaultUntilMs: scenario.defaultUntilMs,
      metricSpecs: scenario.metricSpecs,
      scheduler: animationFrames,
      ...(endAtLeastMs === undefined ? {} : { endAtLeastMs }),
    });
    return { ok: true, scenario, controller };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** One controller for the player's lifetime (key the player to start over with new props). */
export function usePlayerSetup(scenarioId: string, start: PlayerStart, endAtLeastMs?: number): PlayerSetup {
  const [setup] = useState(() => setUp(scenarioId, start, endAtLeastMs));
  useEffect(() => {
    if (!setup.ok) return;
    const { controller } = setup;
    return () => controller.dispose();
  }, [setup]);
  return setup;
}

export function useFrame(controller: PlayerController): PlayerFrame {
  return useSyncExternalStore(controller.subscribe, controller.getFrame, controller.getFrame);
}

export function useStatus(controller: PlayerController): PlayerStatus {
  return useSyncExternalStore(controller.subscribe, controller.getStatus, controller.getStatus);
}

export function useReadout(controller: PlayerController): PlayerReadout {
  return useSyncExternalStore(controller.subscribe, controller.getReadout, controller.getReadout);
}

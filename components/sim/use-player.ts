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
  /** The run's scripted start (a card's). */
  readonly actions: readonly unknown[];
  /** Faults to replay on top (a shared link's), and why a link's could not be read. */
  readonly faults?: readonly unknown[];
  readonly faultsError?: string | null;
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

function setUp(scenarioId: string, start: PlayerStart, endAtLeastMs: number | undefined): PlayerSetup {
  const scenario = findScenario(scenarioId);
  if (!scenario) return { ok: false, error: `There is no simulation called "${scenarioId}".` };
  const faults = start.faults ?? [];
  const controllerWith = (actions: readonly unknown[], notice: string | null) =>
    new PlayerController({
      start: (c) => scenario.createRun({ seed: c.seed, settings: c.settings, actions: c.actions }),
      config: { seed: start.seed, actions, settings: scenario.parseSettings(start.settings) },
      baseActions: start.actions,
      defaultUntilMs: scenario.defaultUntilMs,
      metricSpecs: scenario.metricSpecs,
      scheduler: animationFrames,
      ...(endAtLeastMs === undefined ? {} : { endAtLeastMs }),
      ...(notice ? { notice: `The link's faults were not applied: ${notice}` } : {}),
    });
  try {
    return { ok: true, scenario, controller: controllerWith([...start.actions, ...faults], start.faultsError ?? null) };
  } catch (error) {
    if (faults.length === 0) return { ok: false, error: message(error) };
    // The run refuses the link's faults (not its seed or settings): start without them, and say so.
    try {
      return { ok: true, scenario, controller: controllerWith(start.actions, message(error)) };
    } catch (again) {
      return { ok: false, error: message(again) };
    }
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

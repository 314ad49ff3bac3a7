"use client";

import Link from "next/link";
import { useEffect, useId, type KeyboardEvent as ReactKeyboardEvent } from "react";
import { simQueryString, type PlayerController } from "@/lib/sim-player";
import { PlayerDrawing } from "./player-drawing";
import { PlayerFaults } from "./player-faults";
import { playerKey, runPlayerKey } from "./player-keys";
import { PlayerLog } from "./player-log";
import { PlayerMetrics } from "./player-metrics";
import { PlayerSettings } from "./player-settings";
import { PlayerTimeline } from "./player-timeline";
import { PlayerToolbar } from "./player-toolbar";
import { usePlayerSetup, useReadout, useStatus, type PlayerSetup } from "./use-player";

export interface SimPlayerProps {
  scenario: string;
  seed: number;
  /** Starting settings (defaults fill the rest). */
  settings?: Record<string, unknown>;
  /** Scripted actions, e.g. a card's. */
  actions?: readonly unknown[];
  /** Faults to replay on top (a shared link's), and why a link's could not be read. */
  faults?: readonly unknown[];
  faultsError?: string | null;
  /** Standalone page: keep `?seed=`, changed settings and faults in the address bar, keys work page-wide, settings open. */
  standalone?: boolean;
  /** A "predict, then run" card: the moment that answers it. */
  answerAtMs?: number;
  /** Heading level of the player's title. */
  headingLevel?: 2 | 3;
}

function ErrorBox({ text }: { text: string }) {
  return (
    <div role="alert" className="my-4 rounded-lg border border-red-300 bg-red-50 p-4 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
      The simulation could not start: {text}
    </div>
  );
}

/** Keeps the address bar in step with the run, so the page can be shared or reloaded as it is. */
function useAddressBar(controller: PlayerController, controls: Parameters<typeof simQueryString>[2], enabled: boolean) {
  const { config } = useStatus(controller);
  useEffect(() => {
    if (!enabled) return;
    const query = simQueryString(config.seed, config.settings, controls, config.actions);
    if (window.location.search !== query) window.history.replaceState(null, "", `${window.location.pathname}${query}`);
  }, [enabled, config.seed, config.settings, config.actions, controls]);
}

/** Space, arrows and R anywhere on the page (the standalone page, where the player is the page). */
function usePageKeys(controller: PlayerController, enabled: boolean) {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      const key = playerKey(event);
      if (!key || event.defaultPrevented) return;
      event.preventDefault();
      runPlayerKey(controller, key);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [controller, enabled]);
}

function Notice({ controller }: { controller: PlayerController }) {
  const { error } = useStatus(controller);
  const { announcement } = useReadout(controller);
  return (
    <>
      <p role="status" aria-live="polite" className="sr-only" data-testid="sim-announcement">
        {announcement}
      </p>
      {error ? (
        <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-200">
          {error}
        </p>
      ) : null}
    </>
  );
}

/** The interactive simulation: drawing, playback, faults, settings, readouts and the event log. */
export function SimPlayer({
  scenario: scenarioId,
  seed,
  settings = {},
  actions = [],
  faults = [],
  faultsError = null,
  standalone = false,
  answerAtMs,
  headingLevel = 3,
}: SimPlayerProps) {
  const setup = usePlayerSetup(scenarioId, { seed, settings, actions, faults, faultsError }, answerAtMs);
  if (!setup.ok) return <ErrorBox text={setup.error} />;
  return <LoadedPlayer {...setup} standalone={standalone} answerAtMs={answerAtMs} headingLevel={headingLevel} />;
}

function LoadedPlayer({
  scenario,
  controller,
  standalone,
  answerAtMs,
  headingLevel,
}: Extract<PlayerSetup, { ok: true }> & { standalone: boolean; answerAtMs: number | undefined; headingLevel: 2 | 3 }) {
  const ids = useId();
  const helpId = `${ids}-keys`;
  const { config } = useStatus(controller);
  useAddressBar(controller, scenario.controls, standalone);
  usePageKeys(controller, standalone);
  const onKeyDown = (event: ReactKeyboardEvent<HTMLElement>) => {
    if (standalone) return; // the page-wide listener has it
    const key = playerKey(event);
    if (!key) return;
    event.preventDefault();
    // Keys pressed inside the player are the player's (the review loop must not see them).
    event.stopPropagation();
    runPlayerKey(controller, key);
  };
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section
      aria-labelledby={`${ids}-title`}
      className="my-6 space-y-3 rounded-xl border border-zinc-200 bg-white p-3 shadow-sm sm:p-4 dark:border-zinc-800 dark:bg-zinc-900"
      data-sim-player={scenario.id}
      data-testid="sim-player"
      onKeyDown={onKeyDown}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <Heading id={`${ids}-title`} className="m-0 text-base font-semibold">
          Simulation: {scenario.title}
        </Heading>
        {standalone ? null : (
          <Link
            href={`/sims/${scenario.id}${simQueryString(config.seed, config.settings, scenario.controls, config.actions)}`}
            className="text-sm font-medium text-brand-600 hover:underline dark:text-brand-300"
          >
            Open full page
          </Link>
        )}
      </div>
      <PlayerToolbar controller={controller} answerAtMs={answerAtMs} />
      <PlayerTimeline controller={controller} id={`${ids}-time`} />
      <PlayerDrawing controller={controller} helpId={helpId} />
      <p id={helpId} className="text-xs text-zinc-500 dark:text-zinc-400">
        Keys{standalone ? "" : " (with focus in the player)"}: Space play/pause · → step · ← step back · R restart (faults kept)
      </p>
      <Notice controller={controller} />
      <PlayerFaults controller={controller} scenario={scenario} />
      <PlayerMetrics controller={controller} specs={scenario.metricSpecs} />
      <PlayerSettings controller={controller} controls={scenario.controls} open={standalone} />
      <PlayerLog controller={controller} />
    </section>
  );
}

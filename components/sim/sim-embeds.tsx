"use client";

import dynamic from "next/dynamic";
import type { SimEmbedProps } from "@/components/markdown/markdown";
import type { SimRunSpec } from "@/lib/content";

function SimLoading() {
  return (
    <div
      className="my-6 flex min-h-[28rem] items-center justify-center rounded-xl border border-zinc-200 bg-zinc-50 text-sm text-zinc-500 dark:text-zinc-400 dark:border-zinc-800 dark:bg-zinc-950"
      role="status"
    >
      Loading the simulation…
    </div>
  );
}

// The player and the simulation core load only where a simulation is shown, in the browser.
const SimPlayer = dynamic(() => import("./sim-player").then((m) => m.SimPlayer), { ssr: false, loading: SimLoading });

/** A note's ```sim block. */
export function NoteSim({ scenario, seed, settings }: SimEmbedProps) {
  return <SimPlayer scenario={scenario} seed={seed ?? 1} settings={settings} />;
}

/** The standalone page `/sims/[scenario]`. */
export function StandaloneSim({
  scenario,
  seed,
  settings,
  faults,
  faultsError,
}: {
  scenario: string;
  seed: number;
  settings: Record<string, unknown>;
  faults: readonly unknown[];
  faultsError: string | null;
}) {
  return <SimPlayer scenario={scenario} seed={seed} settings={settings} faults={faults} faultsError={faultsError} standalone headingLevel={2} />;
}

/** A "predict, then run" card's answer: the run that answers it, with "Run to the answer". */
export function CardSim({ spec }: { spec: SimRunSpec }) {
  return <SimPlayer scenario={spec.scenario} seed={spec.seed} settings={spec.settings} actions={spec.actions} answerAtMs={spec.untilMs} />;
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { findScenario } from "@/lib/sim";
import { readSimQuery, simQueryString } from "@/lib/sim-player";
import { StandaloneSim } from "@/components/sim/sim-embeds";

interface Props {
  params: Promise<{ scenario: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const scenario = findScenario((await params).scenario);
  return { title: scenario ? `Simulation: ${scenario.title}` : "Simulation not found" };
}

export default async function SimPage({ params, searchParams }: Props) {
  const [{ scenario: id }, query] = await Promise.all([params, searchParams]);
  const scenario = findScenario(id);
  if (!scenario) notFound();
  const { seed, settings, faults, faultsError } = readSimQuery(query, scenario.controls);
  return (
    <div className="space-y-4">
      <nav aria-label="Breadcrumb" className="text-sm text-zinc-500 dark:text-zinc-400">
        <Link href="/sims" className="hover:text-brand-600 hover:underline dark:hover:text-brand-300">
          Simulations
        </Link>
      </nav>
      <header className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight">{scenario.title}</h1>
        <p className="max-w-3xl text-zinc-700 dark:text-zinc-300">{scenario.description}</p>
      </header>
      {/* A new seed, setting or fault in the address bar starts a new player. */}
      <StandaloneSim key={JSON.stringify([seed, settings, faults])} scenario={scenario.id} seed={seed ?? 1} settings={settings} faults={faults} faultsError={faultsError} />
      {scenario.cards.length > 0 ? (
        <section aria-labelledby="predict-title" className="space-y-3">
          <h2 id="predict-title" className="text-lg font-semibold">
            Predict, then run
          </h2>
          <ul className="space-y-3">
            {scenario.cards.map((card) => (
              <li key={card.key} className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
                <p>{card.prompt}</p>
                <div className="mt-2 flex flex-wrap items-center gap-3 text-sm">
                  <Link
                    href={`/sims/${scenario.id}${simQueryString(card.seed, scenario.parseSettings(card.settings), scenario.controls)}`}
                    className="font-medium text-brand-600 hover:underline dark:text-brand-300"
                  >
                    Load this run
                  </Link>
                  <details>
                    <summary className="cursor-pointer font-medium">Answer</summary>
                    <p className="mt-1 text-zinc-700 dark:text-zinc-300">{card.answer}</p>
                  </details>
                </div>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

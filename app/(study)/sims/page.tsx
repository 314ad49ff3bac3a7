import type { Metadata } from "next";
import Link from "next/link";
import { scenarios } from "@/lib/sim";

export const metadata: Metadata = { title: "Simulations" };

export default function SimsPage() {
  return (
    <section className="space-y-5">
      <div className="space-y-1">
        <h1 className="text-2xl font-bold tracking-tight">Simulations</h1>
        <p className="text-zinc-600 dark:text-zinc-400">
          Pause, break and replay a distributed system. The same seed replays the same run, event for event.
        </p>
      </div>
      <ul className="grid gap-3 sm:grid-cols-2" data-testid="sim-list">
        {scenarios.map((s) => (
          <li key={s.id} className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
            <h2 className="text-lg font-semibold">
              <Link href={`/sims/${s.id}`} className="text-brand-600 hover:underline dark:text-brand-300">
                {s.title}
              </Link>
            </h2>
            <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">{s.description}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

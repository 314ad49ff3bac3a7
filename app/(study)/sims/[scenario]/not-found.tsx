import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

export default function SimNotFound() {
  return (
    <section className="mx-auto max-w-xl space-y-3 py-12 text-center">
      <h1 className="text-2xl font-bold">No such simulation</h1>
      <p className="text-zinc-600 dark:text-zinc-400">There is no simulation scenario with this name.</p>
      <Link href="/sims" className={buttonClass("secondary")}>
        All simulations
      </Link>
    </section>
  );
}

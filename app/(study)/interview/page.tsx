import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { getActiveRound } from "@/lib/data/interview";
import { getLibrary } from "@/lib/data/library";
import { parseRoundQuery, RATING_THRESHOLDS, ROUND_DEFINITIONS } from "@/lib/interview";
import { libraryEntries, libraryFacets, type SearchParamsRecord } from "@/lib/library";
import { formatPercent } from "@/components/interview/format";
import { StartRoundForm } from "@/components/interview/start-round-form";
import { buttonClass } from "@/components/ui/button";

export const metadata: Metadata = { title: "Mock interview" };

export default async function InterviewPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const user = await requireUser();
  const [params, library, active] = await Promise.all([searchParams, getLibrary(), getActiveRound(user.id)]);
  const topics = libraryFacets(libraryEntries(library)).tags;
  return (
    <section className="mx-auto max-w-3xl space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold tracking-tight">Mock interview</h1>
        <Link href="/interview/history" className="text-sm text-zinc-600 underline-offset-2 hover:underline dark:text-zinc-400">
          History and scores
        </Link>
      </div>
      <p className="text-zinc-700 dark:text-zinc-300">
        Answer on the clock, typed or out loud, then hold yourself to the key points. Each graded answer reschedules its card once.
      </p>
      {active ? (
        <div className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-amber-300 bg-amber-50 p-4 dark:border-amber-800 dark:bg-amber-950" data-testid="active-round">
          <p className="text-sm">
            A {ROUND_DEFINITIONS[active.kind].label.toLowerCase()} round is in progress ({active.answeredCount} of {active.questionCount} answered).
          </p>
          <Link href={`/interview/rounds/${active.id}`} className={buttonClass("secondary")}>
            Resume it
          </Link>
        </div>
      ) : null}
      <StartRoundForm initial={parseRoundQuery(params)} topics={topics} />
      <details className="rounded-lg border border-zinc-200 p-4 text-sm dark:border-zinc-800">
        <summary className="cursor-pointer font-semibold">How rounds are scored</summary>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-zinc-700 dark:text-zinc-300">
          <li>When time is up you tick the key points you covered; your score is the share ticked.</li>
          <li>
            Each graded answer to a library card becomes one review of that card: under {formatPercent(RATING_THRESHOLDS.again)} Again, under{" "}
            {formatPercent(RATING_THRESHOLDS.hard)} Hard, under 100% Good, all of them Easy.
          </li>
          <li>A typed answer that names none of the key points cannot score full marks.</li>
          <li>Interviewer probes and full-round phase prompts are not cards: they are scored but never rated. An abandoned round rates nothing.</li>
          <li>Spoken answers are recorded in this browser only and never uploaded.</li>
        </ul>
      </details>
    </section>
  );
}

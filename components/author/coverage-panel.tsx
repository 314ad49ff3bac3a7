import Link from "next/link";
import type { Coverage } from "@/lib/library";

function Gap({ title, count, testId, children }: { title: string; count: number; testId: string; children: React.ReactNode }) {
  return (
    <section aria-label={title} data-testid={testId} data-count={count} className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
      <h3 className="flex items-baseline justify-between gap-2 text-sm font-semibold">
        <span>{title}</span>
        <span
          className={`rounded-full px-2 py-0.5 text-xs tabular-nums ${
            count === 0 ? "bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200" : "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-100"
          }`}
        >
          {count}
        </span>
      </h3>
      <div className="mt-2 text-sm">{count === 0 ? <p className="text-zinc-500 dark:text-zinc-400">None.</p> : children}</div>
    </section>
  );
}

const linkClass = "text-brand-600 hover:underline dark:text-brand-300";

function NoteRefs({ notes }: { notes: Coverage["withoutTraps"] }) {
  return (
    <ul className="space-y-1">
      {notes.map((n) => (
        <li key={n.id}>
          <Link href={`/author/${encodeURIComponent(n.id)}`} className={linkClass}>
            {n.title}
          </Link>{" "}
          <span className="text-zinc-500 dark:text-zinc-400">({n.count})</span>
        </li>
      ))}
    </ul>
  );
}

/** Coverage at a glance: what the library is missing and what an edit would break. */
export function CoveragePanel({ coverage }: { coverage: Coverage }) {
  return (
    <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      <Gap title="Notes without trap questions" count={coverage.withoutTraps.length} testId="coverage-no-traps">
        <NoteRefs notes={coverage.withoutTraps} />
      </Gap>
      <Gap title="Notes with fewer than 3 trap questions" count={coverage.fewTraps.length} testId="coverage-few-traps">
        <NoteRefs notes={coverage.fewTraps} />
      </Gap>
      <Gap title="Notes without a 30-second drill" count={coverage.withoutDrill.length} testId="coverage-no-drill">
        <NoteRefs notes={coverage.withoutDrill} />
      </Gap>
      <Gap title="Orphaned links" count={coverage.brokenLinks.length} testId="coverage-broken-links">
        <ul className="space-y-1 font-mono text-xs">
          {coverage.brokenLinks.map((l, i) => (
            <li key={`${l.file}:${l.line}:${i}`} className="break-all">
              {l.file}:{l.line} → {l.path}
            </li>
          ))}
        </ul>
      </Gap>
      <Gap title="Card ids that would be orphaned" count={coverage.orphanedCards.length} testId="coverage-orphaned-cards">
        <p className="mb-1 text-xs text-zinc-500 dark:text-zinc-400">In the committed manifest (content/.cards.json) but no longer produced: reviews of these cards would be lost.</p>
        <ul className="space-y-1 text-xs">
          {coverage.orphanedCards.map((c) => (
            <li key={c.id}>
              <span className="font-mono break-all">{c.id}</span> <span className="text-zinc-500 dark:text-zinc-400">“{c.prompt}”</span>
            </li>
          ))}
        </ul>
      </Gap>
      <Gap title="Files with errors" count={coverage.brokenFiles.length} testId="coverage-broken-files">
        <ul className="space-y-1 font-mono text-xs">
          {coverage.brokenFiles.map((f) => (
            <li key={f} className="break-all">
              {f}
            </li>
          ))}
        </ul>
      </Gap>
    </div>
  );
}

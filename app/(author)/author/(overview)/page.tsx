import type { Metadata } from "next";
import { getLibrary } from "@/lib/data/library";
import { authorOverview } from "@/lib/library";
import { AuthorNoteTable } from "@/components/author/author-note-table";
import { CoveragePanel } from "@/components/author/coverage-panel";

export const metadata: Metadata = { title: "Author" };

export default async function AuthorPage() {
  const { rows, coverage, totals } = authorOverview(await getLibrary());
  return (
    <div className="space-y-8">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold tracking-tight">Author</h1>
        <p data-testid="author-totals" className="text-sm text-zinc-600 dark:text-zinc-400">
          {totals.files} files · {totals.notes} notes · {totals.cards} cards ·{" "}
          <span className={totals.errors > 0 ? "font-semibold text-red-700 dark:text-red-300" : undefined}>{totals.errors} errors</span> · {totals.warnings}{" "}
          warnings
        </p>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Edit notes in <span className="font-mono">content/</span>; with <span className="font-mono">npm run dev</span> this page and every note page reload on save.
        </p>
      </header>
      <section aria-labelledby="coverage-title" className="space-y-3">
        <h2 id="coverage-title" className="text-xl font-semibold">
          Coverage
        </h2>
        <CoveragePanel coverage={coverage} />
      </section>
      <section aria-labelledby="notes-title" className="space-y-3">
        <h2 id="notes-title" className="text-xl font-semibold">
          Notes
        </h2>
        <AuthorNoteTable rows={rows} />
      </section>
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { getLibrary } from "@/lib/data/library";
import { filterEntries, isEmptyQuery, libraryEntries, libraryFacets, parseLibraryQuery, type SearchParamsRecord } from "@/lib/library";
import { LibraryFilters } from "@/components/library/library-filters";
import { NoteList } from "@/components/library/note-list";

export const metadata: Metadata = { title: "Library" };

export default async function LibraryPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const [params, library] = await Promise.all([searchParams, getLibrary()]);
  const query = parseLibraryQuery(params);
  const entries = libraryEntries(library);
  const shown = filterEntries(entries, query);
  return (
    <section className="space-y-5">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold tracking-tight">Library</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          {library.notes.length} notes · {library.cards.length} cards
        </p>
      </div>
      <LibraryFilters query={query} facets={libraryFacets(entries)} />
      <p role="status" aria-live="polite" data-testid="result-count" className="text-sm text-zinc-600 dark:text-zinc-400">
        {isEmptyQuery(query) ? `${entries.length} notes` : `${shown.length} of ${entries.length} notes match`}
      </p>
      {shown.length > 0 ? (
        <NoteList entries={shown} />
      ) : (
        <div data-testid="empty-state" className="rounded-lg border border-dashed border-zinc-300 p-8 text-center dark:border-zinc-700">
          <p className="font-medium">No notes match these filters.</p>
          <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">Try another word, or a broader tag or area.</p>
          <Link href="/library" className="mt-3 inline-block font-semibold text-brand-600 hover:underline dark:text-brand-300">
            Clear filters
          </Link>
        </div>
      )}
    </section>
  );
}

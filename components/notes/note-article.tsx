import Link from "next/link";
import type { Note } from "@/lib/content";
import type { CardStanding } from "@/lib/data/card-standing";
import { libraryQueryString, type NoteView } from "@/lib/library";
import { BrokenBadge, DifficultyBadge, NoteTypeBadge } from "./badges";
import { LinkedNotes } from "./linked-notes";
import { NoteBody } from "./note-body";
import { NoteCards } from "./note-cards";
import { NoteMeta } from "./note-meta";
import { NoteProblems } from "./note-problems";

function Breadcrumb({ area }: { area: string }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm text-zinc-500 dark:text-zinc-400">
      <ol className="flex flex-wrap gap-1">
        <li>
          <Link href="/library" className="hover:text-brand-600 hover:underline dark:hover:text-brand-300">
            Library
          </Link>
        </li>
        {area ? (
          <li className="before:mr-1 before:content-['/']">
            <Link href={`/library${libraryQueryString({ area })}`} className="hover:text-brand-600 hover:underline dark:hover:text-brand-300">
              {area}
            </Link>
          </li>
        ) : null}
      </ol>
    </nav>
  );
}

interface NoteArticleProps {
  view: NoteView & { note: Note };
  rewriteHref: (href: string) => string | undefined;
  standings: ReadonlyMap<string, CardStanding> | null;
  now: Date;
}

/** A note page: the note, its metadata and links, its cards and where the user stands on them. */
export function NoteArticle({ view, rewriteHref, standings, now }: NoteArticleProps) {
  const { note } = view;
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <Breadcrumb area={note.area} />
        <h1 className="text-2xl font-bold tracking-tight break-words sm:text-3xl">{note.title}</h1>
        <div className="flex flex-wrap items-center gap-1.5 lg:hidden">
          {view.errors.length > 0 ? <BrokenBadge errors={view.errors.length} /> : null}
          <NoteTypeBadge type={note.frontMatter.type} />
          <DifficultyBadge difficulty={note.frontMatter.difficulty} />
          <a href="#about-note" className="text-xs font-medium text-brand-600 hover:underline dark:text-brand-300">
            Tags, aliases and links
          </a>
        </div>
        {view.errors.length > 0 ? (
          <div className="hidden lg:block">
            <BrokenBadge errors={view.errors.length} />
          </div>
        ) : null}
      </header>
      <NoteProblems errors={view.errors} warnings={view.warnings} files={view.files} />
      <div className="flex flex-col gap-8 lg:flex-row lg:items-start">
        <article className="min-w-0 flex-1">
          <NoteBody markdown={note.body} rewriteHref={rewriteHref} />
          <NoteCards cards={view.cards} rewriteHref={rewriteHref} standings={standings} now={now} />
        </article>
        {/* After the note on a phone, beside it on a wide screen. */}
        <aside
          id="about-note"
          aria-label="About this note"
          className="space-y-5 rounded-lg border border-zinc-200 p-4 lg:sticky lg:top-20 lg:max-h-[calc(100dvh-6rem)] lg:w-72 lg:shrink-0 lg:overflow-y-auto dark:border-zinc-800"
        >
          <NoteMeta note={note} />
          <LinkedNotes title="Prerequisites" notes={view.prerequisites} testId="prerequisites" />
          <LinkedNotes title="Related" notes={view.related} testId="related" />
          <LinkedNotes title="Compare with" notes={view.compare} testId="compare" />
          <LinkedNotes title="Linked from" notes={view.linkedFrom} testId="linked-from" />
          <p className="text-xs text-zinc-500 dark:text-zinc-400">
            <a href="#cards-title" className="font-medium text-brand-600 hover:underline dark:text-brand-300">
              {view.cards.length} cards
            </a>{" "}
            · <span className="font-mono break-all">content/{note.file}</span>
          </p>
        </aside>
      </div>
    </div>
  );
}

/** The page of a note whose file could not be read: its problems, nothing that could crash. */
export function BrokenNote({ view }: { view: NoteView }) {
  return (
    <div className="space-y-4">
      <Breadcrumb area="" />
      <h1 className="text-2xl font-bold tracking-tight break-words">{view.id}</h1>
      <div>
        <BrokenBadge errors={view.errors.length} />
      </div>
      <p className="text-zinc-700 dark:text-zinc-300">This note could not be loaded. The rest of the library is unaffected.</p>
      <NoteProblems errors={view.errors} warnings={view.warnings} files={view.files} />
    </div>
  );
}

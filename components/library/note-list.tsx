import Link from "next/link";
import { CARD_KINDS } from "@/lib/content";
import { notePath, type LibraryEntry } from "@/lib/library";
import { BrokenBadge, CARD_KIND_LABELS, DifficultyBadge, NoteTypeBadge, Pill, TagLink } from "@/components/notes/badges";

function CardCounts({ entry }: { entry: LibraryEntry }) {
  const parts = CARD_KINDS.flatMap((kind) => {
    const n = entry.cardsByKind[kind];
    return n ? [`${n} ${CARD_KIND_LABELS[kind].toLowerCase()}`] : [];
  });
  return (
    <p className="text-xs text-zinc-500 dark:text-zinc-400">
      <span data-testid="card-count" className="font-semibold text-zinc-700 dark:text-zinc-300">
        {entry.cardCount} {entry.cardCount === 1 ? "card" : "cards"}
      </span>
      {parts.length > 0 ? <span> · {parts.join(" · ")}</span> : null}
    </p>
  );
}

/** The notes the library shows, each with what a learner picks by. */
export function NoteList({ entries }: { entries: readonly LibraryEntry[] }) {
  return (
    <ul data-testid="note-list" className="grid gap-3 md:grid-cols-2">
      {entries.map((entry) => (
        <li
          key={entry.file}
          data-note-id={entry.id}
          data-area={entry.area}
          data-difficulty={entry.difficulty ?? undefined}
          data-broken={entry.broken ? "true" : undefined}
          className={`flex flex-col gap-2 rounded-lg border p-4 ${
            entry.broken ? "border-red-300 dark:border-red-800" : "border-zinc-200 dark:border-zinc-800"
          }`}
        >
          <div className="flex flex-wrap items-start justify-between gap-2">
            <h2 className="min-w-0 font-semibold break-words">
              <Link href={notePath(entry.id)} className="hover:text-brand-600 hover:underline dark:hover:text-brand-300">
                {entry.title}
              </Link>
            </h2>
            {entry.importance !== null ? (
              <Pill title="Importance (0–100)">
                <span className="sr-only">Importance </span>
                {entry.importance}
              </Pill>
            ) : null}
          </div>
          <div className="flex flex-wrap items-center gap-1.5">
            {entry.broken ? <BrokenBadge errors={entry.errorCount} /> : null}
            {entry.type ? <NoteTypeBadge type={entry.type} /> : null}
            {entry.difficulty ? <DifficultyBadge difficulty={entry.difficulty} /> : null}
            {entry.area ? <span className="text-xs text-zinc-500 dark:text-zinc-400">{entry.area}</span> : null}
          </div>
          {entry.aliases.length > 0 ? (
            <p className="line-clamp-2 text-xs text-zinc-500 dark:text-zinc-400">
              <span className="sr-only">Also known as: </span>
              {entry.aliases.join(" · ")}
            </p>
          ) : null}
          {entry.tags.length > 0 ? (
            <p className="flex flex-wrap gap-1">
              {entry.tags.map((tag) => (
                <TagLink key={tag} tag={tag} />
              ))}
            </p>
          ) : null}
          <CardCounts entry={entry} />
        </li>
      ))}
    </ul>
  );
}

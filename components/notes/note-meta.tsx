import type { Note } from "@/lib/content";
import { DifficultyBadge, NoteTypeBadge, TagLink } from "./badges";

/** A note's front matter as the learner reads it. */
export function NoteMeta({ note }: { note: Note }) {
  const fm = note.frontMatter;
  return (
    <dl className="grid grid-cols-[auto_1fr] items-baseline gap-x-3 gap-y-2 text-sm">
      <dt className="text-zinc-500 dark:text-zinc-400">Type</dt>
      <dd>
        <NoteTypeBadge type={fm.type} />
      </dd>
      <dt className="text-zinc-500 dark:text-zinc-400">Difficulty</dt>
      <dd>
        <DifficultyBadge difficulty={fm.difficulty} />
      </dd>
      <dt className="text-zinc-500 dark:text-zinc-400">Importance</dt>
      <dd className="flex items-center gap-2">
        <span className="font-semibold tabular-nums">{fm.importance}</span>
        <span aria-hidden className="h-1.5 w-20 overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-800">
          <span className="block h-full rounded-full bg-brand-500" style={{ width: `${fm.importance}%` }} />
        </span>
        <span className="sr-only">out of 100</span>
      </dd>
      <dt className="text-zinc-500 dark:text-zinc-400">Tags</dt>
      <dd className="flex flex-wrap gap-1">
        {fm.tags.map((tag) => (
          <TagLink key={tag} tag={tag} />
        ))}
      </dd>
      {fm.aliases.length > 0 ? (
        <>
          <dt className="text-zinc-500 dark:text-zinc-400">Also known as</dt>
          <dd data-testid="note-aliases" className="text-zinc-700 dark:text-zinc-300">
            {fm.aliases.join(" · ")}
          </dd>
        </>
      ) : null}
    </dl>
  );
}

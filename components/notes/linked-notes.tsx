import Link from "next/link";
import { notePath, type LinkedNote } from "@/lib/library";

/** A titled list of links to other notes; a broken one is shown struck through, not linked. */
export function LinkedNotes({ title, notes, testId }: { title: string; notes: readonly LinkedNote[]; testId: string }) {
  if (notes.length === 0) return null;
  return (
    <section aria-label={title} data-testid={testId}>
      <h2 className="text-sm font-semibold text-zinc-500 uppercase tracking-wide dark:text-zinc-400">{title}</h2>
      <ul className="mt-1 space-y-1 text-sm">
        {notes.map((n) => (
          <li key={n.id}>
            {n.exists ? (
              <Link href={notePath(n.id)} className="text-brand-600 underline-offset-2 hover:underline dark:text-brand-300">
                {n.title}
              </Link>
            ) : (
              <span className="text-zinc-500 dark:text-zinc-400 line-through" title="No note at this link">
                {n.title}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

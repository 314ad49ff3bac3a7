import Link from "next/link";
import type { LeechView } from "@/lib/data/stats";
import { cardHref } from "@/lib/note-href";
import { LEECH_LAPSES } from "@/lib/srs";

/** The cards forgotten most often, each linked to its place on its note (plain HTML). */
export function LeechList({ leeches }: { leeches: { total: number; cards: LeechView[] } }) {
  if (leeches.total === 0) {
    return (
      <p className="text-sm text-zinc-600 dark:text-zinc-400" data-testid="leeches-empty">
        No leeches: no card has been forgotten {LEECH_LAPSES} times.
      </p>
    );
  }
  return (
    <div className="space-y-3">
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        Cards forgotten {LEECH_LAPSES} times or more. Reviewing them again rarely helps: re-read each one on its note, and suspend it there
        for a while if it keeps failing{leeches.total > leeches.cards.length ? `. The ${leeches.cards.length} most forgotten of ${leeches.total}:` : "."}
      </p>
      <ul className="divide-y divide-zinc-200 dark:divide-zinc-800" data-testid="leeches">
        {leeches.cards.map((leech) => (
          <li key={leech.cardId} className="flex items-baseline justify-between gap-3 py-2 text-sm" data-card-id={leech.cardId}>
            <span className="min-w-0">
              <Link href={cardHref(leech.noteId, leech.cardId)} className="font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-300">
                {leech.prompt || leech.noteTitle}
              </Link>
              <span className="block text-xs text-zinc-500 dark:text-zinc-400">
                {leech.noteTitle}
                {leech.suspended ? " · suspended" : ""}
              </span>
            </span>
            <span className="shrink-0 tabular-nums">
              <span className="font-semibold">{leech.lapses}</span> lapses
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

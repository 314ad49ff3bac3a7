import { CARD_KINDS, type Card } from "@/lib/content";
import type { CardStanding } from "@/lib/data/card-standing";
import { CARD_KIND_LABELS } from "./badges";
import { CardFace } from "./card-face";
import { CardStandingView } from "./card-standing";

interface NoteCardsProps {
  cards: readonly Card[];
  rewriteHref: (href: string) => string | undefined;
  /** The user's standing per card id; null hides standings (no reviews on this note yet). */
  standings: ReadonlyMap<string, CardStanding> | null;
  now: Date;
}

/** A note's cards grouped by kind, each with the user's standing once they have studied the note. */
export function NoteCards({ cards, rewriteHref, standings, now }: NoteCardsProps) {
  const groups = CARD_KINDS.map((kind) => ({ kind, cards: cards.filter((c) => c.kind === kind) })).filter((g) => g.cards.length > 0);
  return (
    <section aria-labelledby="cards-title" className="mt-10 border-t border-zinc-200 pt-6 dark:border-zinc-800">
      <h2 id="cards-title" className="text-xl font-semibold">
        Cards <span className="text-zinc-500 dark:text-zinc-400">({cards.length})</span>
      </h2>
      {cards.length === 0 ? <p className="mt-2 text-zinc-600 dark:text-zinc-400">This note yields no cards.</p> : null}
      {groups.map((group) => (
        <section key={group.kind} aria-label={`${CARD_KIND_LABELS[group.kind]} cards`} data-card-group={group.kind} className="mt-6">
          <h3 className="mb-3 text-lg font-semibold">
            {CARD_KIND_LABELS[group.kind]} <span className="text-zinc-500 dark:text-zinc-400">({group.cards.length})</span>
          </h3>
          <ul className="space-y-3">
            {group.cards.map((card) => (
              <li key={card.id}>
                <CardFace
                  card={card}
                  rewriteHref={rewriteHref}
                  footer={standings ? <CardStandingView cardId={card.id} standing={standings.get(card.id)} now={now} /> : undefined}
                />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

import { CARD_KINDS, type Card } from "@/lib/content";
import { CARD_KIND_LABELS } from "@/components/notes/badges";
import { CardFace } from "@/components/notes/card-face";

/** Every card of a note exactly as a learner meets it: prompt first, answer on demand. */
export function CardPreviews({ cards, rewriteHref }: { cards: readonly Card[]; rewriteHref?: (href: string) => string | undefined }) {
  const counts = CARD_KINDS.flatMap((kind) => {
    const n = cards.filter((c) => c.kind === kind).length;
    return n > 0 ? [`${n} ${CARD_KIND_LABELS[kind].toLowerCase()}`] : [];
  });
  return (
    <section aria-labelledby="previews-title" className="space-y-3">
      <h2 id="previews-title" className="text-lg font-semibold">
        Card previews <span className="text-zinc-500 dark:text-zinc-400">({cards.length})</span>
      </h2>
      {counts.length > 0 ? <p className="text-sm text-zinc-600 dark:text-zinc-400">{counts.join(" · ")}</p> : <p className="text-sm">This note yields no cards.</p>}
      <ol className="space-y-3">
        {cards.map((card) => (
          <li key={card.id}>
            <CardFace card={card} showId {...(rewriteHref ? { rewriteHref } : {})} />
          </li>
        ))}
      </ol>
    </section>
  );
}

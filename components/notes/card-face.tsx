import type { Card } from "@/lib/content";
import { Markdown } from "@/components/markdown/markdown";
import { cardAnchor } from "@/lib/note-href";
import { CardKindBadge } from "./badges";

/**
 * A card as the learner sees it: the prompt, then the answer behind "Show answer"
 * (with the drill's key points and the trap's pitfalls). `footer` adds e.g. the user's standing.
 */
export function CardFace({
  card,
  rewriteHref,
  footer,
  showId = false,
}: {
  card: Card;
  /** Authors see the stable card id; learners do not need it. */
  showId?: boolean;
  rewriteHref?: (href: string) => string | undefined;
  footer?: React.ReactNode;
}) {
  const link = rewriteHref ? { rewriteHref } : {};
  return (
    <article id={cardAnchor(card.id)} data-card-id={card.id} className="scroll-mt-20 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
      <div className="mb-2 flex flex-wrap items-center gap-2">
        <CardKindBadge kind={card.kind} />
        {showId ? <span className="font-mono text-xs break-all text-zinc-500 dark:text-zinc-400">{card.id}</span> : null}
      </div>
      <div className="font-medium">
        <Markdown markdown={card.prompt} {...link} className="[&>p:first-child]:mt-0 [&>p:last-child]:mb-0" />
      </div>
      <details className="group mt-3">
        <summary className="cursor-pointer rounded text-sm font-semibold text-brand-600 select-none hover:text-brand-700 dark:text-brand-300">
          <span className="group-open:hidden">Show answer</span>
          <span className="hidden group-open:inline">Hide answer</span>
        </summary>
        <div data-testid="card-answer" className="mt-2 border-l-2 border-brand-300 pl-3 dark:border-brand-700">
          <Markdown markdown={card.answer} {...link} className="[&>p:first-child]:mt-0" />
          {card.keyPoints && card.keyPoints.length > 0 ? (
            <div className="mt-3">
              <h4 className="text-sm font-semibold">Key points to cover</h4>
              <ul className="mt-1 space-y-1 text-sm">
                {card.keyPoints.map((point, i) => (
                  <li key={i} className="flex gap-2">
                    <span aria-hidden className="text-zinc-400">
                      ☐
                    </span>
                    <span>{point}</span>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {card.context ? (
            <div className="mt-3 rounded-md bg-amber-50 p-3 text-sm dark:bg-amber-950/50">
              <h4 className="font-semibold">Watch out</h4>
              <Markdown markdown={card.context} {...link} className="[&>*:last-child]:mb-0" />
            </div>
          ) : null}
        </div>
      </details>
      {footer ? <div className="mt-3 border-t border-zinc-100 pt-3 dark:border-zinc-800">{footer}</div> : null}
    </article>
  );
}

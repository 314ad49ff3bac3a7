import type { Card } from "@/lib/content";
import { Markdown } from "@/components/markdown/markdown";
import { noteHref } from "@/lib/note-href";

/** A card's prompt, answer and context rendered as on the note page (server component). */
export function renderCardParts(card: Card) {
  return {
    prompt: <Markdown markdown={card.prompt} rewriteHref={noteHref} />,
    answer: <Markdown markdown={card.answer} rewriteHref={noteHref} />,
    ...(card.context ? { context: <Markdown markdown={card.context} rewriteHref={noteHref} /> } : {}),
  };
}

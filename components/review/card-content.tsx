import type { ReactElement } from "react";
import type { Card } from "@/lib/content";
import { renderMarkdown } from "@/components/markdown/markdown";
import { noteHref } from "@/lib/note-href";

export interface CardParts {
  prompt: ReactElement;
  answer: ReactElement;
  context?: ReactElement;
}

// Cards of the loaded library are the same objects on every request (a changed library brings
// new ones), so each card's Markdown is parsed once: the Today page shows dozens of cards per
// request, and parsing them again each time was most of its cost.
const rendered = new WeakMap<Card, CardParts>();

/** A card's prompt, answer and context rendered as on the note page (server side). */
export function renderCardParts(card: Card): CardParts {
  const known = rendered.get(card);
  if (known) return known;
  const parts: CardParts = {
    prompt: renderMarkdown({ markdown: card.prompt, rewriteHref: noteHref }),
    answer: renderMarkdown({ markdown: card.answer, rewriteHref: noteHref }),
    ...(card.context ? { context: renderMarkdown({ markdown: card.context, rewriteHref: noteHref }) } : {}),
  };
  rendered.set(card, parts);
  return parts;
}

/** Links between notes are written as files (`cap-theorem.md`, `../operations/x.md`); the app serves them at /notes/<id>. */
export function noteHref(href: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith("//") || href.startsWith("#")) return undefined;
  const match = /(?:^|\/)([a-z0-9][a-z0-9-]*)\.md(#[\w-]*)?$/i.exec(href);
  return match ? `/notes/${match[1]}${match[2] ?? ""}` : undefined;
}

/** The id of a card's block on its note page (card ids are unique, and hold no spaces). */
export function cardAnchor(cardId: string): string {
  return `card-${cardId}`;
}

/** A card on its note page. */
export function cardHref(noteId: string, cardId: string): string {
  return `/notes/${noteId}#${encodeURIComponent(cardAnchor(cardId))}`;
}

// The real library copied N times under new ids: the queue benchmark needs more cards
// (5,000 introduced) than the 39 notes in content/ hold, with the same shape of notes,
// prerequisites and topics.
import type { LibraryIndex } from "@/lib/data/library";
import { noteTopic } from "@/lib/data/library";
import { orderNewCards } from "@/lib/srs";

export function scaledLibrary(base: LibraryIndex, copies: number): LibraryIndex {
  const rename = (id: string, copy: number) => (copy === 0 ? id : `${id}~${copy}`);
  const notes = Array.from({ length: copies }, (_, copy) =>
    base.notes.map((note) => ({
      ...note,
      id: rename(note.id, copy),
      links: note.links.map((link) => ({ ...link, targetId: rename(link.targetId, copy) })),
    })),
  ).flat();
  const cards = Array.from({ length: copies }, (_, copy) =>
    base.cards.map((card) => ({ ...card, id: rename(card.id, copy), noteId: rename(card.noteId, copy) })),
  ).flat();
  const cardsByNote = new Map<string, typeof cards>();
  for (const card of cards) cardsByNote.set(card.noteId, [...(cardsByNote.get(card.noteId) ?? []), card]);
  const orderable = notes.map((note) => ({
    id: note.id,
    prerequisites: note.links.filter((l) => l.kind === "prerequisite").map((l) => l.targetId),
    area: noteTopic(note),
    tags: note.frontMatter.tags,
  }));
  return {
    ...base,
    notes,
    cards,
    noteById: new Map(notes.map((n) => [n.id, n])),
    cardById: new Map(cards.map((c) => [c.id, c])),
    cardsByNote,
    newCardOrder: orderNewCards(orderable, cards),
    version: `${base.version}x${copies}`,
  };
}

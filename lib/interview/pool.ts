import type { Card, CardKind, Note } from "@/lib/content";
import { matchesTopics, topicOf } from "./questions";
import { selectionWeight, type LearnerStats } from "./selection";

/** The library as a round draws from it. */
export interface RoundSource {
  notes: readonly Note[];
  cards: readonly Card[];
}

/** Lookups and weights shared by the round builders. */
export class QuestionPool {
  readonly noteById: ReadonlyMap<string, Note>;
  private readonly byNote = new Map<string, Card[]>();

  constructor(
    readonly source: RoundSource,
    private readonly learner: LearnerStats | null,
  ) {
    this.noteById = new Map(source.notes.map((n) => [n.id, n]));
    for (const card of source.cards) {
      if (!this.noteById.has(card.noteId)) continue;
      const list = this.byNote.get(card.noteId) ?? [];
      list.push(card);
      this.byNote.set(card.noteId, list);
    }
  }

  note(card: Card): Note {
    const note = this.noteById.get(card.noteId);
    if (!note) throw new RangeError(`card ${card.id} has no note`);
    return note;
  }

  cardsOf(noteId: string, kind?: CardKind): Card[] {
    const cards = this.byNote.get(noteId) ?? [];
    return kind ? cards.filter((c) => c.kind === kind) : cards;
  }

  /** Cards of one kind whose notes match the topic filter, in library order. */
  cardsOfKind(kind: CardKind, topics: readonly string[]): Card[] {
    return this.source.cards.filter((c) => c.kind === kind && this.noteById.has(c.noteId) && matchesTopics(this.note(c), topics));
  }

  /** The draw weight of a card: 1 for everyone when the round is not weighted. */
  weight(card: Card): number {
    if (!this.learner) return 1;
    const note = this.note(card);
    return selectionWeight(this.learner.cards.get(card.id), this.learner.practisedTopics.has(topicOf(note)));
  }

  /** A note's weight: that of its weakest card, so a note with one shaky trap question gets picked. */
  noteWeight(noteId: string): number {
    const cards = this.cardsOf(noteId);
    return cards.length === 0 ? 0 : Math.max(...cards.map((c) => this.weight(c)));
  }

  /** Ids of notes a note links to as prerequisites, and as related/compared notes. */
  neighbours(note: Note): { prerequisites: Note[]; related: Note[] } {
    const pick = (kinds: readonly string[]) =>
      [...new Set(note.links.filter((l) => kinds.includes(l.kind)).map((l) => l.targetId))]
        .map((id) => this.noteById.get(id))
        .filter((n): n is Note => n !== undefined && n.id !== note.id);
    return { prerequisites: pick(["prerequisite"]), related: pick(["related", "compare"]) };
  }
}

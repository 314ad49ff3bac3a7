import { isLeech } from "@/lib/srs";

/** A started card with the number of times it was forgotten. */
export interface LapsedCard {
  cardId: string;
  lapses: number;
  suspended: boolean;
}

export interface Leeches {
  /** Every leech of the learner. */
  total: number;
  /** The most forgotten first (then by card id), at most `limit`. */
  cards: LapsedCard[];
}

/** The learner's leeches, the most forgotten first. */
export function leechList(cards: readonly LapsedCard[], limit: number): Leeches {
  const leeches = cards.filter((c) => isLeech(c.lapses)).sort((a, b) => b.lapses - a.lapses || (a.cardId < b.cardId ? -1 : a.cardId > b.cardId ? 1 : 0));
  return { total: leeches.length, cards: leeches.slice(0, Math.max(0, limit)) };
}

/** A card of the library with the topics it belongs to. */
export interface TopicCard {
  cardId: string;
  area: string;
  tags: readonly string[];
}

export interface TopicMastery {
  topic: string;
  kind: "area" | "tag";
  /** Cards in the library under this topic. */
  cards: number;
  /** Of those, cards the user has answered at least once. */
  started: number;
  /** Mean probability of recall of the started cards, 0–1; 0 when none is started. */
  mastery: number;
}

/**
 * Mastery per area and per tag: the mean retrievability of the topic's cards the user has
 * started. `recall` holds the retrievability of every started card (absent = not started;
 * cards of no topic here, such as imported ones, are simply not looked at). Areas first, then
 * tags, each busiest first.
 */
export function topicMastery(cards: readonly TopicCard[], recall: ReadonlyMap<string, number>): TopicMastery[] {
  const topics = new Map<string, { kind: "area" | "tag"; cards: number; started: number; sum: number }>();
  const add = (key: string, kind: "area" | "tag", cardId: string) => {
    const topic = topics.get(`${kind}:${key}`) ?? { kind, cards: 0, started: 0, sum: 0 };
    topic.cards += 1;
    const r = recall.get(cardId);
    if (r !== undefined) {
      topic.started += 1;
      topic.sum += Math.min(1, Math.max(0, r));
    }
    topics.set(`${kind}:${key}`, topic);
  };
  for (const card of cards) {
    add(card.area, "area", card.cardId);
    for (const tag of new Set(card.tags)) if (tag !== card.area) add(tag, "tag", card.cardId);
  }
  return [...topics.entries()]
    .map(([key, t]) => ({
      topic: key.slice(t.kind.length + 1),
      kind: t.kind,
      cards: t.cards,
      started: t.started,
      mastery: t.started > 0 ? t.sum / t.started : 0,
    }))
    .sort(
      (a, b) =>
        (a.kind === b.kind ? 0 : a.kind === "area" ? -1 : 1) ||
        b.cards - a.cards ||
        (a.topic < b.topic ? -1 : a.topic > b.topic ? 1 : 0),
    );
}

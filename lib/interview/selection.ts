import type { Rng } from "@/lib/sim/core/prng";

/** What the schedule knows about one card the learner has answered before. */
export interface CardStats {
  /** Probability of recall now, 0–1. */
  retrievability: number;
  /** FSRS stability in days. */
  stability: number;
  /** Answers rated Again in the recent past (the data layer chooses the window). */
  recentLapses: number;
}

/** The learner's history as the draw sees it; null draws uniformly (a shared seed). */
export interface LearnerStats {
  cards: ReadonlyMap<string, CardStats>;
  /** Topics with a reviewed card or a past interview question. */
  practisedTopics: ReadonlySet<string>;
}

/** Tuning of the draw: a weak, lapsing card is several times likelier than a well-known one. */
export const SELECTION_WEIGHTS = {
  base: 1,
  /** Added at retrievability 0, scaled down linearly to nothing at 1. */
  lowRecall: 4,
  /** Added at stability 0, nothing from `stableDays` on. */
  lowStability: 2,
  stableDays: 10,
  perRecentLapse: 1.5,
  maxRecentLapses: 3,
  unpractisedTopic: 2,
} as const;

const clamp01 = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);

/** How strongly a card is pulled toward the round (relative; only ratios matter). */
export function selectionWeight(stats: CardStats | undefined, topicPractised: boolean): number {
  const w = SELECTION_WEIGHTS;
  let weight = w.base;
  if (stats) {
    weight += w.lowRecall * (1 - clamp01(stats.retrievability));
    weight += w.lowStability * clamp01(1 - stats.stability / w.stableDays);
    weight += w.perRecentLapse * Math.min(Math.max(0, stats.recentLapses), w.maxRecentLapses);
  }
  if (!topicPractised) weight += w.unpractisedTopic;
  return weight;
}

export interface DrawOptions<T> {
  /** At most this many items sharing a group (e.g. a note) before the rest are considered. */
  maxPerGroup?: number;
  group?: (item: T) => string;
}

/**
 * `count` distinct items drawn without replacement, each with probability proportional to its
 * weight (Efraimidis–Spirakis: every item gets the key -ln(u)/w, the smallest keys win). The
 * same generator state and items always give the same draw.
 */
export function weightedDraw<T>(items: readonly T[], weight: (item: T) => number, count: number, rng: Rng, options: DrawOptions<T> = {}): T[] {
  const keyed = items.map((item, index) => {
    const w = weight(item);
    const u = 1 - rng.next(); // (0, 1]
    return { item, index, key: w > 0 ? -Math.log(u) / w : Number.POSITIVE_INFINITY };
  });
  keyed.sort((a, b) => a.key - b.key || a.index - b.index);
  const eligible = keyed.filter((k) => Number.isFinite(k.key));
  const { maxPerGroup, group } = options;
  if (maxPerGroup === undefined || group === undefined) return eligible.slice(0, count).map((k) => k.item);
  const perGroup = new Map<string, number>();
  const chosen: typeof eligible = [];
  const overflow: typeof eligible = [];
  for (const k of eligible) {
    const g = group(k.item);
    const n = perGroup.get(g) ?? 0;
    if (n < maxPerGroup) {
      perGroup.set(g, n + 1);
      chosen.push(k);
    } else {
      overflow.push(k);
    }
  }
  return [...chosen, ...overflow].slice(0, count).map((k) => k.item);
}

import type { CardState } from "./card-state";
import { SrsError } from "./errors";
import type { SchedulerParams } from "./params";
import { retrievabilityFor } from "./schedule";

/** An introduced card as the queue needs it (a narrow select of the state row). */
export type QueueCard = { cardId: string } & Pick<
  CardState,
  "due" | "stability" | "lastReview" | "state"
>;

export type QueueKind = "learning" | "review" | "new";

export interface QueueItem {
  cardId: string;
  kind: QueueKind;
  /** When the card became (or becomes) due; null for a new card. */
  due: Date | null;
}

export interface QueueCounts {
  new: number;
  learning: number;
  review: number;
}

export interface BuildQueueInput {
  now: Date;
  /** End of today's study window (`dayWindow(...).end`): reviews due before it are due today. */
  dayEnd: Date;
  /** Introduced, unsuspended, unburied cards due before `dayEnd` (others are ignored). */
  cards: readonly QueueCard[];
  /** Never-introduced card ids in study order (see `orderNewCards`). */
  newCardIds: readonly string[];
  /** Answers already given today. */
  doneToday: {
    /** Cards introduced today (first answers). */
    newIntroduced: number;
    /** Answers to cards that were in the review phase. */
    reviews: number;
  };
  settings: { newPerDay: number; maxReviewsPerDay: number };
  params?: Pick<SchedulerParams, "weights">;
  /** Show learning cards this many minutes early when nothing else is left (Anki: 20). */
  learnAheadMinutes?: number;
}

export interface StudyQueue {
  /** What to show now, in order: due learning cards, due reviews, then new cards. */
  items: QueueItem[];
  /** Learning cards due later today, by due time: they join `items` when due. */
  later: QueueItem[];
  /** Cards left today, for the session header. */
  counts: QueueCounts;
  /** When the next card of `later` comes due (to refresh the queue), or null. */
  nextDue: Date | null;
  /** New cards held back by the new-card limit alone (0 at the review limit): what "learn more" can add. */
  newHeldBack: number;
}

function byDueThenId(a: QueueCard, b: QueueCard): number {
  return a.due.getTime() - b.due.getTime() || compareIds(a.cardId, b.cardId);
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function item(card: QueueCard, kind: QueueKind): QueueItem {
  return { cardId: card.cardId, kind, due: new Date(card.due.getTime()) };
}

function assertCount(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0) {
    throw new SrsError(`${name} must be a whole number ≥ 0, got ${value}`);
  }
}

/**
 * Today's queue. Learning and relearning cards are never limited (a started card must
 * be finished); reviews, then new cards, share what is left of the review limit, and
 * new cards also stop at the new-card limit — as Anki's v3 scheduler counts them.
 */
export function buildQueue(input: BuildQueueInput): StudyQueue {
  const { now, dayEnd, settings, doneToday } = input;
  assertCount("newPerDay", settings.newPerDay);
  assertCount("maxReviewsPerDay", settings.maxReviewsPerDay);
  assertCount("doneToday.newIntroduced", doneToday.newIntroduced);
  assertCount("doneToday.reviews", doneToday.reviews);
  const nowMs = now.getTime();
  const endMs = dayEnd.getTime();

  const learningNow: QueueCard[] = [];
  const learningLater: QueueCard[] = [];
  const reviews: QueueCard[] = [];
  for (const card of input.cards) {
    const dueMs = card.due.getTime();
    if (dueMs >= endMs) continue;
    if (card.state === "learning" || card.state === "relearning") {
      (dueMs <= nowMs ? learningNow : learningLater).push(card);
    } else if (card.state === "review") {
      reviews.push(card);
    }
  }
  learningNow.sort(byDueThenId);
  learningLater.sort(byDueThenId);

  // Lowest retrievability first: the most overdue relative to its stability.
  const recall = retrievabilityFor(input.params ?? {});
  const ranked = reviews
    .map((card) => ({ card, r: recall(card, now) }))
    .sort((a, b) => a.r - b.r || byDueThenId(a.card, b.card));

  let reviewLeft = Math.max(0, settings.maxReviewsPerDay - doneToday.reviews - doneToday.newIntroduced);
  const dueReviews = ranked.slice(0, reviewLeft).map(({ card }) => item(card, "review"));
  reviewLeft -= dueReviews.length;

  // Ids already answered (or listed twice) are skipped rather than shown twice.
  const taken = new Set(input.cards.filter((card) => card.state !== "new").map((card) => card.cardId));
  const newLimitLeft = Math.max(0, settings.newPerDay - doneToday.newIntroduced);
  const newLeft = Math.min(reviewLeft, newLimitLeft);
  // Only the new-card limit can be raised for the day; at the review limit nothing more is offered.
  const raisable = reviewLeft > newLimitLeft;
  const fresh: QueueItem[] = [];
  let newHeldBack = 0;
  for (const cardId of input.newCardIds) {
    if (fresh.length >= newLeft) {
      // The rest is only counted (ids are distinct in the library's order; `taken` stops growing).
      if (!raisable) break;
      if (!taken.has(cardId)) newHeldBack += 1;
      continue;
    }
    if (taken.has(cardId)) continue;
    taken.add(cardId);
    fresh.push({ cardId, kind: "new", due: null });
  }

  const items = [...learningNow.map((card) => item(card, "learning")), ...dueReviews, ...fresh];
  const aheadMs = Math.max(0, input.learnAheadMinutes ?? 0) * 60_000;
  let pending = learningLater;
  if (items.length === 0 && aheadMs > 0) {
    const soon = learningLater.filter((card) => card.due.getTime() <= nowMs + aheadMs);
    items.push(...soon.map((card) => item(card, "learning")));
    pending = learningLater.slice(soon.length);
  }
  const later = pending.map((card) => item(card, "learning"));
  return {
    items,
    later,
    counts: {
      new: fresh.length,
      learning: learningNow.length + learningLater.length,
      review: dueReviews.length,
    },
    nextDue: later[0]?.due ?? null,
    newHeldBack,
  };
}

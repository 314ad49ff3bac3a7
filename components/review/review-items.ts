import "server-only";
import { getLibrary } from "@/lib/data/library";
import { getStudyProfile, getTodayQueue, readCardStates, type StudyProfile, type TodayQueue } from "@/lib/data/study";
import { toWire } from "@/lib/study/wire";
import { renderCardParts } from "./card-content";
import type { QueueCounts, ReviewItem } from "./types";

/** How many cards one load carries; the session loads the next ones before it runs out. */
export const REVIEW_BATCH = 25;

export interface ReviewBatch {
  today: TodayQueue;
  profile: StudyProfile;
  /** The next cards of today's queue, rendered. */
  items: ReviewItem[];
  /** Learning cards due later today. */
  later: ReviewItem[];
  /** Cards of today's queue after `items`, by kind (not sent yet). */
  more: QueueCounts;
}

/**
 * The next batch of today's queue for a user, rendered as the review loop shows it. Cards the
 * session already holds (`known`) are skipped, so a later batch continues where it left off.
 */
export async function loadReviewBatch(userId: string, now: Date, known: ReadonlySet<string> = new Set()): Promise<ReviewBatch> {
  const [library, profile] = await Promise.all([getLibrary(), getStudyProfile(userId)]);
  const today = await getTodayQueue(userId, now, library, profile);
  const pending = today.queue.items.filter((i) => !known.has(i.cardId));
  const shown = pending.slice(0, REVIEW_BATCH);
  const later = today.queue.later.filter((i) => !known.has(i.cardId));
  // States only for the cards sent: the queue itself ranks due reviews by a few columns.
  const stateById = await readCardStates(userId, [...shown, ...later].map((i) => i.cardId));
  const toItem = (cardId: string, queueKind: ReviewItem["queueKind"], due: Date | null): ReviewItem[] => {
    const card = library.cardById.get(cardId);
    if (!card) return [];
    const stored = stateById.get(cardId);
    return [
      {
        cardId,
        noteId: card.noteId,
        noteTitle: library.noteById.get(card.noteId)?.title ?? card.noteId,
        cardKind: card.kind,
        queueKind,
        state: stored?.state ? toWire(stored.state) : null,
        version: stored?.version ?? 0,
        due: due ? due.getTime() : null,
        ...renderCardParts(card),
        ...(card.keyPoints ? { keyPoints: card.keyPoints } : {}),
        ...(card.sim ? { sim: card.sim } : {}),
      },
    ];
  };
  const more: QueueCounts = { new: 0, learning: 0, review: 0 };
  for (const i of pending.slice(REVIEW_BATCH)) more[i.kind] += 1;
  return {
    today,
    profile,
    items: shown.flatMap((i) => toItem(i.cardId, i.kind, i.due)),
    later: later.flatMap((i) => toItem(i.cardId, "learning", i.due)),
    more,
  };
}

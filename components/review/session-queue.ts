import { scheduleReview, type CardState, type SchedulerParams } from "@/lib/srs";
import type { AnswerRequest } from "@/lib/study/review-requests";
import { fromWire, toWire } from "@/lib/study/wire";
import type { ReviewItem } from "./types";

/**
 * Learning cards that fell due during the session join the queue as Anki shows them: as soon as
 * they are due, ahead of the reviews and new cards still waiting, in the order they fell due
 * (after learning cards that came back earlier) — but never in place of the card on screen.
 */
export function admitDueLearning(queue: readonly ReviewItem[], due: readonly ReviewItem[]): ReviewItem[] {
  const arriving = [...due].sort((a, b) => (a.due ?? 0) - (b.due ?? 0));
  if (queue.length === 0) return arriving;
  let at = 1;
  while (at < queue.length && queue[at]?.queueKind === "learning") at++;
  return [...queue.slice(0, at), ...arriving, ...queue.slice(at)];
}

export interface PlayedForward {
  /** Cards whose kept answers were played forward: out of the queue as served. */
  answeredIds: Set<string>;
  /** Those still learning today, as they now stand, to come back when due. */
  learning: ReviewItem[];
  /** When each of them is due next (the end-of-day screen counts tomorrow's). */
  nextDue: Map<string, number>;
  answered: number;
  spentMs: number;
}

/**
 * Answers kept in this browser from an earlier visit (offline, or the tab closed before they
 * were sent) are not in the page the server served: its queue still offers their cards as they
 * stood before. Each is played forward here exactly as answering it did — in the order given,
 * from the served state — so the session counts it, its time and its learning card at once,
 * before the server confirms it. An answer made against another version than the one served
 * (the server already has it, or another tab answered first) is left to the server's reply.
 */
export function playForward(input: {
  served: readonly ReviewItem[];
  pending: readonly Pick<AnswerRequest, "cardId" | "rating" | "answeredAt" | "durationMs" | "expectedVersion">[];
  params: SchedulerParams;
  userId: string;
  dayEnd: number;
}): PlayedForward {
  const standing = new Map(input.served.map((i) => [i.cardId, i]));
  const result: PlayedForward = { answeredIds: new Set(), learning: [], nextDue: new Map(), answered: 0, spentMs: 0 };
  for (const answer of input.pending) {
    const item = standing.get(answer.cardId);
    if (!item || (answer.expectedVersion !== null && answer.expectedVersion !== item.version)) continue;
    const answeredAt = Math.max(answer.answeredAt, item.state?.lastReview ?? 0);
    let next: CardState;
    try {
      ({ next } = scheduleReview({
        state: item.state ? fromWire(item.state) : null,
        rating: answer.rating,
        now: new Date(answeredAt),
        params: input.params,
        fuzzSeed: `${input.userId}:${item.cardId}`,
      }));
    } catch {
      continue; // a state the scheduler refuses: the server's reply will say what stands
    }
    standing.set(item.cardId, { ...item, queueKind: "learning", state: toWire(next), version: item.version + 1, due: next.due.getTime() });
    result.answeredIds.add(item.cardId);
    result.nextDue.set(item.cardId, next.due.getTime());
    result.answered += 1;
    result.spentMs += answer.durationMs;
  }
  for (const id of result.answeredIds) {
    const item = standing.get(id);
    const state = item?.state;
    if (item && state && (state.state === "learning" || state.state === "relearning") && state.due < input.dayEnd) result.learning.push(item);
  }
  return result;
}

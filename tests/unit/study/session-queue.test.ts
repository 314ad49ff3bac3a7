import { describe, expect, it } from "vitest";
import { DEFAULT_SCHEDULER_PARAMS, scheduleReview, type Grade } from "@/lib/srs";
import { toWire } from "@/lib/study/wire";
import { admitDueLearning, playForward } from "@/components/review/session-queue";
import type { ReviewItem } from "@/components/review/types";

function item(cardId: string, queueKind: ReviewItem["queueKind"], due: number | null = null): ReviewItem {
  return { cardId, noteId: "n", noteTitle: "Note", cardKind: "concept", queueKind, state: null, version: 0, due, prompt: null, answer: null };
}
const ids = (q: readonly ReviewItem[]) => q.map((i) => i.cardId);

describe("learning cards falling due during a session", () => {
  it("come right after the card on screen, ahead of the new cards still waiting", () => {
    const queue = [item("on-screen", "new"), item("new-1", "new"), item("new-2", "new")];
    expect(ids(admitDueLearning(queue, [item("again", "learning", 60_000)]))).toEqual(["on-screen", "again", "new-1", "new-2"]);
  });

  it("come ahead of waiting reviews too, in the order they fell due", () => {
    const queue = [item("on-screen", "review"), item("review-1", "review"), item("new-1", "new")];
    const due = [item("later", "learning", 90_000), item("sooner", "learning", 30_000)];
    expect(ids(admitDueLearning(queue, due))).toEqual(["on-screen", "sooner", "later", "review-1", "new-1"]);
  });

  it("queue behind learning cards that came back before them", () => {
    const queue = [item("on-screen", "new"), item("back-earlier", "learning", 10_000), item("new-1", "new")];
    expect(ids(admitDueLearning(queue, [item("back-now", "learning", 20_000)]))).toEqual(["on-screen", "back-earlier", "back-now", "new-1"]);
  });

  it("never replace the card on screen, even when it is new and they are learning", () => {
    const queue = [item("on-screen", "new")];
    expect(ids(admitDueLearning(queue, [item("again", "learning", 1)]))).toEqual(["on-screen", "again"]);
  });

  it("become the queue when nothing else is left", () => {
    expect(ids(admitDueLearning([], [item("b", "learning", 2), item("a", "learning", 1)]))).toEqual(["a", "b"]);
  });
});

describe("answers kept from an earlier visit, played forward on the page served without them", () => {
  const params = DEFAULT_SCHEDULER_PARAMS;
  const userId = "learner";
  const t0 = Date.UTC(2026, 10, 23, 9);
  const dayEnd = Date.UTC(2026, 10, 24, 4);
  const answer = (cardId: string, rating: Grade, answeredAt: number, expectedVersion: number | null, durationMs = 4_000) => ({ cardId, rating, answeredAt, durationMs, expectedVersion });
  const reviewCard = () => {
    const { next } = scheduleReview({ state: null, rating: 4, now: new Date(t0 - 10 * 86_400_000), params, fuzzSeed: `${userId}:old` });
    return { ...item("old", "review", next.due.getTime()), state: toWire(next), version: 1 };
  };

  it("answers a new card as answering it did: its learning card comes back today, its time and answer count", () => {
    const played = playForward({ served: [item("a", "new"), item("b", "new")], pending: [answer("a", 3, t0, 0)], params, userId, dayEnd });
    const expected = scheduleReview({ state: null, rating: 3, now: new Date(t0), params, fuzzSeed: `${userId}:a` }).next;
    expect([...played.answeredIds]).toEqual(["a"]);
    expect(played.learning).toHaveLength(1);
    expect(played.learning[0]).toMatchObject({ cardId: "a", queueKind: "learning", version: 1, due: expected.due.getTime(), state: toWire(expected) });
    expect(played.nextDue.get("a")).toBe(expected.due.getTime());
    expect(played.answered).toBe(1);
    expect(played.spentMs).toBe(4_000);
  });

  it("chains two answers to one card in the order given", () => {
    const pending = [answer("a", 1, t0, 0), answer("a", 3, t0 + 70_000, 1)];
    const played = playForward({ served: [item("a", "new")], pending, params, userId, dayEnd });
    const first = scheduleReview({ state: null, rating: 1, now: new Date(t0), params, fuzzSeed: `${userId}:a` }).next;
    const second = scheduleReview({ state: first, rating: 3, now: new Date(t0 + 70_000), params, fuzzSeed: `${userId}:a` }).next;
    expect(played.answered).toBe(2);
    expect(played.spentMs).toBe(8_000);
    expect(played.learning.map((i) => [i.cardId, i.version, i.state])).toEqual([["a", 2, toWire(second)]]);
  });

  it("a review card that graduates leaves the day, counted for when it is due next", () => {
    const card = reviewCard();
    const played = playForward({ served: [card], pending: [answer("old", 3, t0, 1)], params, userId, dayEnd });
    expect([...played.answeredIds]).toEqual(["old"]);
    expect(played.learning).toEqual([]);
    expect(played.nextDue.get("old")).toBeGreaterThan(dayEnd);
  });

  it("leaves to the server an answer made against another version, or for a card not served", () => {
    const played = playForward({ served: [reviewCard(), item("a", "new")], pending: [answer("old", 3, t0, 0), answer("gone", 3, t0, 0)], params, userId, dayEnd });
    expect(played.answeredIds.size).toBe(0);
    expect(played).toMatchObject({ answered: 0, spentMs: 0, learning: [] });
  });

  it("a learning step that ends after the study day is not brought back today", () => {
    const played = playForward({ served: [item("a", "new")], pending: [answer("a", 3, dayEnd - 60_000, 0)], params, userId, dayEnd });
    expect([...played.answeredIds]).toEqual(["a"]);
    expect(played.learning).toEqual([]);
  });
});

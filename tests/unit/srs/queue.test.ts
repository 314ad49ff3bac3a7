import { describe, expect, it } from "vitest";
import { buildQueue, SrsError, type BuildQueueInput, type QueueCard } from "@/lib/srs";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const now = new Date(Date.UTC(2024, 4, 10, 12));
const dayEnd = new Date(Date.UTC(2024, 4, 11, 4));

function card(cardId: string, state: QueueCard["state"], dueOffsetMs: number, stability = 10, sinceReviewMs = 10 * DAY): QueueCard {
  return {
    cardId,
    state,
    due: new Date(now.getTime() + dueOffsetMs),
    stability,
    lastReview: new Date(now.getTime() - sinceReviewMs),
  };
}

function input(overrides: Partial<BuildQueueInput> = {}): BuildQueueInput {
  return {
    now,
    dayEnd,
    cards: [],
    newCardIds: [],
    doneToday: { newIntroduced: 0, reviews: 0 },
    settings: { newPerDay: 20, maxReviewsPerDay: 200 },
    ...overrides,
  };
}

describe("buildQueue", () => {
  const cards = [
    card("learn-late", "learning", -5 * 60_000, 1, 10 * 60_000),
    card("relearn-early", "relearning", -30 * 60_000, 1, 40 * 60_000),
    card("learn-soon", "learning", 10 * 60_000, 1, 60_000),
    card("learn-tonight", "learning", 6 * HOUR, 1, 60_000),
    card("learn-tomorrow", "learning", 2 * DAY, 1, 60_000),
    card("review-weak", "review", -2 * DAY, 2, 12 * DAY), // R low: 12 days on stability 2
    card("review-strong", "review", -2 * DAY, 100, 30 * DAY),
    card("review-later-today", "review", 3 * HOUR, 20, 20 * DAY),
    card("review-tomorrow", "review", DAY, 20, 5 * DAY),
  ];

  it("orders due learning by due time, then reviews by retrievability, then new cards", () => {
    const queue = buildQueue(input({ cards, newCardIds: ["n1", "n2"] }));
    expect(queue.items.map((i) => [i.cardId, i.kind])).toEqual([
      ["relearn-early", "learning"],
      ["learn-late", "learning"],
      ["review-weak", "review"],
      ["review-later-today", "review"],
      ["review-strong", "review"],
      ["n1", "new"],
      ["n2", "new"],
    ]);
    expect(queue.later.map((i) => i.cardId)).toEqual(["learn-soon", "learn-tonight"]);
    expect(queue.nextDue).toEqual(cards[2]?.due);
    expect(queue.counts).toEqual({ new: 2, learning: 4, review: 3 });
  });

  it("brings an intraday learning card back once it is due", () => {
    const later = new Date(now.getTime() + 11 * 60_000);
    const queue = buildQueue(input({ now: later, cards }));
    expect(queue.items.slice(0, 3).map((i) => i.cardId)).toEqual(["relearn-early", "learn-late", "learn-soon"]);
  });

  it("learns ahead only when nothing else is left", () => {
    const learningOnly = cards.filter((c) => c.state === "learning" && c.due > now);
    const queue = buildQueue(input({ cards: learningOnly, learnAheadMinutes: 20 }));
    expect(queue.items.map((i) => i.cardId)).toEqual(["learn-soon"]);
    expect(queue.later.map((i) => i.cardId)).toEqual(["learn-tonight"]);
    expect(buildQueue(input({ cards, learnAheadMinutes: 20 })).items.map((i) => i.cardId)).not.toContain("learn-soon");
  });

  it("keeps reviews and new cards within what is left of the daily limits", () => {
    const many = Array.from({ length: 50 }, (_, k) => card(`r${String(k).padStart(2, "0")}`, "review", -DAY, 10, (11 + k) * DAY));
    const fresh = Array.from({ length: 30 }, (_, k) => `n${k}`);
    const queue = buildQueue(
      input({ cards: many, newCardIds: fresh, doneToday: { newIntroduced: 5, reviews: 10 }, settings: { newPerDay: 20, maxReviewsPerDay: 60 } }),
    );
    // 60 - 10 reviews - 5 new = 45 left: 45 reviews (lowest R: longest since review), no new.
    expect(queue.counts).toEqual({ new: 0, learning: 0, review: 45 });
    expect(queue.items[0]?.cardId).toBe("r49");
    const roomy = buildQueue(
      input({ cards: many.slice(0, 10), newCardIds: fresh, doneToday: { newIntroduced: 5, reviews: 10 }, settings: { newPerDay: 20, maxReviewsPerDay: 60 } }),
    );
    expect(roomy.counts).toEqual({ new: 15, learning: 0, review: 10 });
    expect(roomy.items.filter((i) => i.kind === "new").map((i) => i.cardId)).toEqual(fresh.slice(0, 15));
  });

  it("counts the new cards the new-card limit holds back, and none when the review limit is what stops them", () => {
    const fresh = Array.from({ length: 30 }, (_, k) => `n${k}`);
    const held = buildQueue(input({ newCardIds: [...fresh, "n0"], doneToday: { newIntroduced: 5, reviews: 0 }, settings: { newPerDay: 20, maxReviewsPerDay: 200 } }));
    expect(held.counts.new).toBe(15);
    expect(held.newHeldBack).toBe(15); // 30 distinct ids, 15 offered
    // At the review limit a higher new-card limit would add nothing: nothing counts as held back.
    const reviews = Array.from({ length: 10 }, (_, k) => card(`r${k}`, "review", -DAY));
    const capped = buildQueue(input({ cards: reviews, newCardIds: fresh, settings: { newPerDay: 20, maxReviewsPerDay: 12 } }));
    expect(capped.counts).toEqual({ new: 2, learning: 0, review: 10 });
    expect(capped.newHeldBack).toBe(0);
    expect(buildQueue(input({ newCardIds: fresh.slice(0, 3) })).newHeldBack).toBe(0);
  });

  it("never limits learning cards", () => {
    const queue = buildQueue(input({ cards, newCardIds: ["n1"], settings: { newPerDay: 0, maxReviewsPerDay: 0 } }));
    expect(queue.items.map((i) => i.kind)).toEqual(["learning", "learning"]);
    expect(queue.counts).toEqual({ new: 0, learning: 4, review: 0 });
  });

  it("skips new ids already introduced or listed twice", () => {
    const queue = buildQueue(
      input({ cards: [card("a", "review", DAY * 3)], newCardIds: ["a", "b", "b", "c"], settings: { newPerDay: 5, maxReviewsPerDay: 100 } }),
    );
    expect(queue.items.map((i) => i.cardId)).toEqual(["b", "c"]);
  });

  it("rejects negative or fractional counts", () => {
    expect(() => buildQueue(input({ doneToday: { newIntroduced: -1, reviews: 0 } }))).toThrow(SrsError);
    expect(() => buildQueue(input({ settings: { newPerDay: 1.5, maxReviewsPerDay: 10 } }))).toThrow(SrsError);
  });
});

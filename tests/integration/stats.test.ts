import { beforeAll, expect, it } from "vitest";
import { getLibrary, type LibraryIndex } from "@/lib/data/library";
import { getStats, LEECHES_LISTED } from "@/lib/data/stats";
import { getStudyProfile } from "@/lib/data/study";
import { answerCard } from "@/lib/db/reviews";
import type { Db } from "@/lib/db";
import { DEFAULT_SCHEDULER_PARAMS } from "@/lib/srs";
import { createLearner, reviewRow } from "../support/learners";
import { describeEachDatabase } from "../support/test-db";

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
// Friday 14 June 2024, 12:00 in New York (UTC-4): days start at 04:00 local = 08:00 UTC.
const NOW = new Date(Date.UTC(2024, 5, 14, 16));

let library: LibraryIndex;
beforeAll(async () => {
  library = await getLibrary();
}, 60_000);

let counter = 0;
function newUser(db: Db): Promise<string> {
  return createLearner(db, "stats", { timeZone: "America/New_York", dayStartHour: 4 });
}

function card(n: number): { cardId: string; noteId: string } {
  const found = library.cardById.get(library.newCardOrder[n] ?? "");
  if (!found) throw new Error(`library has no card #${n}`);
  return { cardId: found.id, noteId: found.noteId };
}

async function answer(db: Db, userId: string, n: number, at: Date, rating: 1 | 2 | 3 | 4 = 3): Promise<void> {
  counter += 1;
  const result = await answerCard(
    {
      userId,
      ...card(n),
      rating,
      idempotencyKey: `stats-${counter}-${n}`,
      answeredAt: at,
      durationMs: 5_000,
      expectedVersion: null,
      params: DEFAULT_SCHEDULER_PARAMS,
    },
    db,
  );
  expect(result.status).toBe("applied");
}

describeEachDatabase("statistics", (get) => {
  it("a new learner has nothing yet: no reviews, no streak, every topic not started", async () => {
    const { db } = get();
    const userId = await newUser(db);
    const stats = await getStats(userId, NOW, library, await getStudyProfile(userId, db), db);
    expect(stats.totals).toEqual({ reviews: 0, imported: 0, daysStudied: 0 });
    expect(stats.streaks).toEqual({ current: 0, longest: 0 });
    expect(stats.heatmap.total).toBe(0);
    expect(stats.forecast.total).toBe(0);
    expect(stats.mastery.length).toBeGreaterThan(0);
    expect(stats.mastery.every((m) => m.started === 0 && m.mastery === 0)).toBe(true);
    expect(stats.leeches).toEqual({ total: 0, cards: [] });
  });

  it("lists the leeches of the library's cards, the most forgotten first, with their notes", async () => {
    const { db } = get();
    const userId = await newUser(db);
    const due = new Date(NOW.getTime() + DAY);
    const lapsed = async (n: number, lapses: number, suspended = false) => {
      await db.cardState.create({ data: { ...reviewRow(userId, card(n).cardId, card(n).noteId, due, new Date(NOW.getTime() - 90 * DAY)), lapses, suspended } });
    };
    await lapsed(0, 7);
    await lapsed(1, 8);
    await lapsed(2, 12, true);
    // A leech of a card no longer in the library: nothing to re-read, not listed.
    await db.cardState.create({ data: { ...reviewRow(userId, "deleted-note:trap:gone", "deleted-note", due, NOW), lapses: 20 } });
    for (let n = 3; n < 3 + LEECHES_LISTED; n++) await lapsed(n, 9);

    const stats = await getStats(userId, NOW, library, await getStudyProfile(userId, db), db);
    expect(stats.leeches.total).toBe(2 + LEECHES_LISTED);
    expect(stats.leeches.cards).toHaveLength(LEECHES_LISTED);
    const first = library.cardById.get(card(2).cardId);
    expect(stats.leeches.cards[0]).toEqual({
      cardId: card(2).cardId,
      noteId: card(2).noteId,
      noteTitle: library.noteById.get(card(2).noteId)?.title,
      prompt: expect.stringMatching(/\w/),
      lapses: 12,
      suspended: true,
    });
    expect(first?.prompt).toContain(stats.leeches.cards[0]?.prompt.split(" ")[0] ?? "?");
    expect(stats.leeches.cards.slice(1).every((c) => c.lapses === 9 && !c.suspended)).toBe(true);
    expect(stats.leeches.cards.map((c) => c.cardId)).not.toContain(card(0).cardId);
  });

  it("counts answers per study day in the learner's zone, with streaks, time, forecast and mastery", async () => {
    const { db } = get();
    const userId = await newUser(db);
    // Today (the 14th from 08:00 UTC): two answers. 07:59 UTC today is still the 13th locally.
    await answer(db, userId, 0, new Date(NOW.getTime() - 2 * HOUR));
    await answer(db, userId, 1, new Date(NOW.getTime() - HOUR));
    await answer(db, userId, 2, new Date(Date.UTC(2024, 5, 14, 7, 59)));
    await answer(db, userId, 3, new Date(Date.UTC(2024, 5, 12, 9)));
    // An imported answer to a card foreign to the library, three days before (the 11th).
    await db.reviewLog.create({
      data: { userId, cardId: "anki:12345", idempotencyKey: "import:1", rating: 3, state: "review", reviewedAt: new Date(NOW.getTime() - 3 * DAY), durationMs: 7_000, source: "import" },
    });

    const stats = await getStats(userId, NOW, library, await getStudyProfile(userId, db), db);
    expect(stats.today).toBe("2024-06-14");
    expect(stats.totals).toEqual({ reviews: 5, imported: 1, daysStudied: 4 });
    const day = (key: string) => stats.heatmap.cells.find((c) => c.day === key)?.count;
    expect([day("2024-06-11"), day("2024-06-12"), day("2024-06-13"), day("2024-06-14")]).toEqual([1, 1, 1, 2]);
    expect(stats.streaks).toEqual({ current: 4, longest: 4 });
    expect(stats.time).toEqual({ todayMs: 10_000, last7DaysMs: 27_000, totalMs: 27_000 });
    // Four library cards in their learning steps; the imported card has no state to forecast.
    expect(stats.forecast.total).toBe(4);
    const started = stats.mastery.filter((m) => m.kind === "area").reduce((sum, m) => sum + m.started, 0);
    expect(started).toBe(4);
  });

  it("measures true retention on cards in review, young and mature, imports by their real interval", async () => {
    const { db } = get();
    const userId = await newUser(db);
    // A card taken to the review phase, then answered again once it is due: Again, then Good.
    await answer(db, userId, 0, new Date(NOW.getTime() - 40 * DAY), 4);
    const state = await db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId, cardId: card(0).cardId } } });
    expect(state.state).toBe("review");
    await answer(db, userId, 0, new Date(state.due.getTime() + HOUR), 1);
    // Imported history of a foreign card: 30 days apart (mature), then 2 days apart (young).
    const imported = (key: string, daysAgo: number, rating: number) =>
      db.reviewLog.create({
        data: { userId, cardId: "anki:1", idempotencyKey: key, rating, state: "review", reviewedAt: new Date(NOW.getTime() - daysAgo * DAY), source: "import" },
      });
    await imported("import:a", 33, 3);
    await imported("import:b", 3, 1);
    await imported("import:c", 1, 3);

    const stats = await getStats(userId, NOW, library, await getStudyProfile(userId, db), db);
    const { young, mature } = stats.retention;
    // The library card's answer (interval < 21 days, failed) and the 2-day import (passed) are young;
    // the 30-day import (failed) is mature. The 33-days-ago import is the first of its card: it
    // lies in the window too and, with no earlier answer, counts as mature.
    expect(young).toEqual({ passed: 1, total: 2, rate: 0.5 });
    expect(mature).toEqual({ passed: 1, total: 2, rate: 0.5 });
  });
});

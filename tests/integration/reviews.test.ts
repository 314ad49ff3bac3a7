import { beforeAll, expect, it } from "vitest";
import { getLibrary, type LibraryIndex } from "@/lib/data/library";
import { allowExtraNewCards, getStudyProfile, getTodayQueue, readCardStates, type TodayQueue } from "@/lib/data/study";
import { answerCard, buryCard, setSuspended, undoAnswer, type AnswerInput } from "@/lib/db/reviews";
import { saveStudySettings } from "@/lib/db/settings";
import { toCardState } from "@/lib/db/card-state-row";
import type { Db } from "@/lib/db";
import {
  dayWindow,
  DEFAULT_SCHEDULER_PARAMS,
  DEFAULT_STUDY_SETTINGS,
  retrievabilityFor,
  studyDay,
  studySettingsSchema,
  type CardState,
  type StudySettingsInput,
} from "@/lib/srs";
import { createRng } from "@/lib/sim";
import { createLearner, reviewRow } from "../support/learners";
import { describeEachDatabase } from "../support/test-db";

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const NOW = new Date(Date.UTC(2024, 5, 10, 12));
const params = DEFAULT_SCHEDULER_PARAMS;

let library: LibraryIndex;
beforeAll(async () => {
  library = await getLibrary();
}, 60_000);

let counter = 0;
function newUser(db: Db, settings?: StudySettingsInput): Promise<string> {
  return createLearner(db, "rev", settings);
}

/** The n-th card of the library's new-card order (a real card id with its note). */
function libraryCard(n: number): { cardId: string; noteId: string } {
  const cardId = library.newCardOrder[n];
  const card = cardId ? library.cardById.get(cardId) : undefined;
  if (!card) throw new Error(`library has no card #${n}`);
  return { cardId: card.id, noteId: card.noteId };
}

function answer(userId: string, n: number, over: Partial<AnswerInput> = {}): AnswerInput {
  counter += 1;
  return {
    userId,
    ...libraryCard(n),
    rating: 3,
    idempotencyKey: `key-${counter}-${Math.floor(Math.random() * 1e9)}`,
    answeredAt: NOW,
    durationMs: 4_000,
    expectedVersion: 0,
    params,
    ...over,
  };
}

/** Every stored column of a card's state row that an answer or an undo may change. */
async function rowOf(db: Db, userId: string, cardId: string) {
  const row = await db.cardState.findUnique({ where: { userId_cardId: { userId, cardId } } });
  if (!row) return null;
  const { id: _id, updatedAt: _updatedAt, ...rest } = row;
  return rest;
}

/** Writes a card state directly (for queue tests that need exact due dates and stabilities). */
async function putState(db: Db, userId: string, n: number, state: Partial<CardState> & Pick<CardState, "state" | "due">) {
  const { cardId, noteId } = libraryCard(n);
  const full: CardState = {
    stability: 10,
    difficulty: 5,
    elapsedDays: 10,
    scheduledDays: 10,
    learningSteps: 0,
    reps: 3,
    lapses: 0,
    lastReview: new Date(state.due.getTime() - 10 * DAY),
    ...state,
  };
  await db.cardState.create({ data: { ...full, userId, cardId, noteId, version: 1, introducedAt: new Date(NOW.getTime() - 60 * DAY) } });
  return cardId;
}

async function queueFor(db: Db, userId: string, now: Date): Promise<TodayQueue> {
  return getTodayQueue(userId, now, library, await getStudyProfile(userId, db), db);
}

const ids = (q: TodayQueue, kind?: string) => q.queue.items.filter((i) => !kind || i.kind === kind).map((i) => i.cardId);

describeEachDatabase("answering cards", (get) => {
  it("a new card answered creates its state row and one log entry", async () => {
    const { db } = get();
    const userId = await newUser(db);
    const input = answer(userId, 0);
    const result = await answerCard(input, db);
    expect(result.status).toBe("applied");
    const row = await rowOf(db, userId, input.cardId);
    expect(row).toMatchObject({ version: 1, state: "learning", reps: 1, suspended: false, noteId: input.noteId });
    expect(row?.lastReview?.getTime()).toBe(NOW.getTime());
    expect(row?.introducedAt.getTime()).toBe(NOW.getTime());
    const logs = await db.reviewLog.findMany({ where: { userId } });
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({
      cardId: input.cardId,
      idempotencyKey: input.idempotencyKey,
      rating: 3,
      state: "new",
      source: "review",
      previous: "null",
      version: 1,
      durationMs: 4_000,
    });
    if (result.status === "applied") expect(result.state).toEqual(row && toCardState(row));
  });

  it("the same key sent 10 times at once applies once; every call sees the same state", async () => {
    const { db } = get();
    const userId = await newUser(db);
    const input = answer(userId, 1);
    const results = await Promise.all(Array.from({ length: 10 }, () => answerCard({ ...input }, db)));
    expect(results.filter((r) => r.status === "applied")).toHaveLength(1);
    for (const r of results) {
      expect(["applied", "duplicate"]).toContain(r.status);
      expect(r.version).toBe(1);
      expect(r.state).toEqual(results[0]?.state);
    }
    expect(await db.reviewLog.count({ where: { userId } })).toBe(1);
    expect((await rowOf(db, userId, input.cardId))?.version).toBe(1);
  });

  it("the same key sent 10 times at once, without an expected version, applies once too", async () => {
    const { db } = get();
    const userId = await newUser(db);
    const input = answer(userId, 1, { expectedVersion: null });
    const results = await Promise.all(Array.from({ length: 10 }, () => answerCard({ ...input }, db)));
    expect(results.map((r) => r.status).sort()).toEqual(["applied", ...Array<string>(9).fill("duplicate")]);
    expect(await db.reviewLog.count({ where: { userId } })).toBe(1);
    expect((await rowOf(db, userId, input.cardId))?.reps).toBe(1);
  });

  it("a key retried after success returns duplicate without rescheduling", async () => {
    const { db } = get();
    const userId = await newUser(db);
    const input = answer(userId, 2);
    const first = await answerCard(input, db);
    const before = await rowOf(db, userId, input.cardId);
    // A replay an hour later with another grade must still return the first result.
    const retried = await answerCard({ ...input, rating: 1, answeredAt: new Date(NOW.getTime() + HOUR) }, db);
    expect(retried.status).toBe("duplicate");
    expect(retried.state).toEqual(first.state);
    expect(retried.version).toBe(1);
    expect(await rowOf(db, userId, input.cardId)).toEqual(before);
    expect(await db.reviewLog.count({ where: { userId } })).toBe(1);
  });

  it("a key replayed after the card moved on, without an expected version, rolls back and returns duplicate", async () => {
    const { db } = get();
    const userId = await newUser(db);
    const input = answer(userId, 3, { expectedVersion: null });
    await answerCard(input, db);
    const second = await answerCard(answer(userId, 3, { expectedVersion: 1, answeredAt: new Date(NOW.getTime() + DAY) }), db);
    expect(second.status).toBe("applied");
    const before = await rowOf(db, userId, input.cardId);
    // The replay would schedule the card again; its log insert hits the key and undoes it all.
    const replayed = await answerCard({ ...input, answeredAt: new Date(NOW.getTime() + 2 * DAY) }, db);
    expect(replayed.status).toBe("duplicate");
    expect(replayed.version).toBe(2);
    expect(await rowOf(db, userId, input.cardId)).toEqual(before);
    expect(await db.reviewLog.count({ where: { userId } })).toBe(2);
  });

  it("two keys for the same card and version at once: exactly one applies, the other conflicts", async () => {
    const { db } = get();
    const userId = await newUser(db);
    for (const expectedVersion of [0, 1]) {
      const at = new Date(NOW.getTime() + expectedVersion * DAY);
      const [a, b] = await Promise.all([
        answerCard(answer(userId, 3, { expectedVersion, answeredAt: at, rating: 3 }), db),
        answerCard(answer(userId, 3, { expectedVersion, answeredAt: at, rating: 1 }), db),
      ]);
      expect([a?.status, b?.status].sort()).toEqual(["applied", "conflict"]);
      const conflict = a?.status === "conflict" ? a : b;
      expect(conflict?.version).toBe(expectedVersion + 1);
      expect((await rowOf(db, userId, libraryCard(3).cardId))?.version).toBe(expectedVersion + 1);
    }
    expect(await db.reviewLog.count({ where: { userId } })).toBe(2);
  });

  it("answers (SQL on Prisma's adapter) interleaved with Prisma writes and transactions all land, each once", async () => {
    const { db } = get();
    const userId = await newUser(db);
    // Cards 10..29: answered twice each, the second answer racing undos, suspensions and
    // burials of other cards that go through the Prisma client on the same connection/pool.
    const firsts = Array.from({ length: 20 }, (_, i) => answer(userId, 10 + i));
    expect((await Promise.all(firsts.map((a) => answerCard(a, db)))).map((r) => r.status)).toEqual(Array<string>(20).fill("applied"));
    const later = new Date(NOW.getTime() + 11 * MIN);
    const work: Promise<unknown>[] = [];
    for (let i = 0; i < 20; i++) {
      if (i % 4 === 0) work.push(undoAnswer(userId, firsts[i]?.idempotencyKey ?? "", db));
      else if (i % 4 === 1) work.push(setSuspended({ userId, ...libraryCard(40 + i), suspended: true, now: later }, db));
      else if (i % 4 === 2) work.push(buryCard({ userId, ...libraryCard(40 + i), until: new Date(NOW.getTime() + DAY), now: later }, db));
      else work.push(answerCard(answer(userId, 10 + i, { expectedVersion: 1, answeredAt: later }), db));
    }
    await Promise.all(work);
    // 20 first answers - 5 undone + 5 second answers; 5 cards undone to nothing, 15 answered.
    expect(await db.reviewLog.count({ where: { userId } })).toBe(20);
    const rows = await db.cardState.findMany({ where: { userId, cardId: { in: firsts.map((a) => a.cardId) } } });
    expect(rows).toHaveLength(15);
    for (const row of rows) {
      const logs = await db.reviewLog.findMany({ where: { userId, cardId: row.cardId }, orderBy: { version: "asc" } });
      expect(row.reps).toBe(logs.length);
      expect(row.version).toBe(logs.at(-1)?.version);
    }
    expect(await db.cardState.count({ where: { userId, OR: [{ suspended: true }, { buriedUntil: { not: null } }] } })).toBe(10);
  });

  it("answers sent together (one group commit on SQLite) fail alone: a conflict or a repeat leaves the others applied", async () => {
    const { db } = get();
    const userId = await newUser(db);
    const repeated = answer(userId, 31);
    await answerCard(repeated, db);
    const [a, stale, again, d] = await Promise.all([
      answerCard(answer(userId, 32), db),
      answerCard(answer(userId, 33, { expectedVersion: 4 }), db),
      answerCard({ ...repeated, rating: 1, expectedVersion: null }, db), // writes the card, then meets its key
      answerCard(answer(userId, 34), db),
    ]);
    expect([a?.status, stale?.status, again?.status, d?.status]).toEqual(["applied", "conflict", "duplicate", "applied"]);
    expect(await db.reviewLog.count({ where: { userId } })).toBe(3);
    expect(await rowOf(db, userId, libraryCard(33).cardId)).toBeNull();
    expect((await rowOf(db, userId, libraryCard(31).cardId))?.reps).toBe(1);
    expect((await rowOf(db, userId, libraryCard(34).cardId))?.version).toBe(1);
  });

  it("an answer after the client disconnected reconnects instead of writing to a closed connection", async () => {
    const { db } = get();
    const userId = await newUser(db);
    await db.$disconnect();
    expect((await answerCard(answer(userId, 7), db)).status).toBe("applied");
    expect(await db.reviewLog.count({ where: { userId } })).toBe(1);
  });

  it("undo restores the exact previous state and deletes the log entry", async () => {
    const { db } = get();
    const userId = await newUser(db);
    const first = answer(userId, 4, { rating: 3 });
    await answerCard(first, db);
    const afterFirst = await rowOf(db, userId, first.cardId);
    const second = answer(userId, 4, { rating: 1, expectedVersion: 1, answeredAt: new Date(NOW.getTime() + 11 * MIN) });
    expect((await answerCard(second, db)).status).toBe("applied");
    expect(await rowOf(db, userId, first.cardId)).not.toEqual(afterFirst);

    const undone = await undoAnswer(userId, second.idempotencyKey, db);
    expect(undone.status).toBe("undone");
    const restored = await rowOf(db, userId, first.cardId);
    // Every field as it was, except the version, which moves on so a stale tab cannot write.
    expect({ ...restored, version: 0 }).toEqual({ ...afterFirst, version: 0 });
    expect(restored?.version).toBe(3);
    if (undone.status === "undone" && restored) expect(undone.state).toEqual(toCardState(restored));
    expect(await db.reviewLog.count({ where: { userId, idempotencyKey: second.idempotencyKey } })).toBe(0);

    // Undo goes back further, answer by answer: undoing the first answer un-introduces the card.
    expect(await undoAnswer(userId, first.idempotencyKey, db)).toEqual({ status: "undone", cardId: first.cardId, state: null, version: 0 });
    expect(await rowOf(db, userId, first.cardId)).toBeNull();
    expect(await db.reviewLog.count({ where: { userId } })).toBe(0);
  });

  it("undoing a card's only answer removes its state row", async () => {
    const { db } = get();
    const userId = await newUser(db);
    const input = answer(userId, 5);
    await answerCard(input, db);
    expect(await undoAnswer(userId, input.idempotencyKey, db)).toEqual({ status: "undone", cardId: input.cardId, state: null, version: 0 });
    expect(await rowOf(db, userId, input.cardId)).toBeNull();
    expect(await db.reviewLog.count({ where: { userId } })).toBe(0);
    expect(await undoAnswer(userId, input.idempotencyKey, db)).toEqual({ status: "not-found" });
  });

  it("refuses to undo an answer a later answer superseded", async () => {
    const { db } = get();
    const userId = await newUser(db);
    const first = answer(userId, 6);
    await answerCard(first, db);
    await answerCard(answer(userId, 6, { expectedVersion: 1, answeredAt: new Date(NOW.getTime() + 11 * MIN) }), db);
    const before = await rowOf(db, userId, first.cardId);
    expect(await undoAnswer(userId, first.idempotencyKey, db)).toEqual({ status: "superseded" });
    expect(await rowOf(db, userId, first.cardId)).toEqual(before);
    expect(await db.reviewLog.count({ where: { userId } })).toBe(2);
  });
});

describeEachDatabase("today's queue", (get) => {
  it("\"learn more new cards today\" raises the new-card limit for that study day only; asked twice, it adds nothing more", async () => {
    const { db } = get();
    const userId = await newUser(db, { timeZone: "Asia/Tokyo", dayStartHour: 4, newPerDay: 3 });
    let q = await queueFor(db, userId, NOW);
    expect(q.queue.counts.new).toBe(3);
    expect(q.extraNew).toBe(0);
    const heldBack = q.queue.newHeldBack;
    expect(heldBack).toBeGreaterThan(10);

    await allowExtraNewCards(userId, 10, NOW, db);
    await allowExtraNewCards(userId, 10, NOW, db); // a retried request
    q = await queueFor(db, userId, NOW);
    expect(q.extraNew).toBe(10);
    expect(q.queue.counts.new).toBe(13);
    expect(q.queue.newHeldBack).toBe(heldBack - 10);
    expect(ids(q, "new")).toEqual(library.newCardOrder.slice(0, 13));

    // Later the same study day (Tokyo: 12:00 UTC is 21:00 there; the day turns at 04:00 there).
    expect((await queueFor(db, userId, new Date(NOW.getTime() + 6 * HOUR))).queue.counts.new).toBe(13);
    // The next study day the setting alone counts again.
    expect((await queueFor(db, userId, new Date(NOW.getTime() + 8 * HOUR))).queue.counts.new).toBe(3);

    // A settings save keeps today's allowance (the two are stored apart).
    await saveStudySettings(userId, { ...DEFAULT_STUDY_SETTINGS, timeZone: "Asia/Tokyo", dayStartHour: 4, newPerDay: 5 }, db);
    expect((await queueFor(db, userId, NOW)).queue.counts.new).toBe(15);
  });

  it("suspended and buried cards are left out until unsuspended or the next day", async () => {
    const { db } = get();
    const userId = await newUser(db, { timeZone: "UTC", dayStartHour: 4 });
    const review = await putState(db, userId, 10, { state: "review", due: new Date(NOW.getTime() - DAY) });
    const newCard = libraryCard(0).cardId;
    let q = await queueFor(db, userId, NOW);
    expect(ids(q, "review")).toEqual([review]);
    expect(ids(q, "new")[0]).toBe(newCard);

    await setSuspended({ userId, ...libraryCard(10), suspended: true, now: NOW }, db);
    await setSuspended({ userId, ...libraryCard(0), suspended: true, now: NOW }, db);
    q = await queueFor(db, userId, NOW);
    expect(ids(q)).not.toContain(review);
    expect(ids(q)).not.toContain(newCard);

    await setSuspended({ userId, ...libraryCard(10), suspended: false, now: NOW }, db);
    await setSuspended({ userId, ...libraryCard(0), suspended: false, now: NOW }, db);
    q = await queueFor(db, userId, NOW);
    expect(ids(q, "review")).toEqual([review]);
    expect(ids(q, "new")[0]).toBe(newCard);

    const until = dayWindow(studyDay(NOW, "UTC", 4), "UTC", 4).end;
    await buryCard({ userId, ...libraryCard(10), until, now: NOW }, db);
    await buryCard({ userId, ...libraryCard(0), until, now: NOW }, db);
    q = await queueFor(db, userId, NOW);
    expect(ids(q)).not.toContain(review);
    expect(ids(q)).not.toContain(newCard);
    const tomorrow = new Date(until.getTime() + HOUR);
    q = await queueFor(db, userId, tomorrow);
    expect(ids(q, "review")).toEqual([review]);
    expect(ids(q, "new")[0]).toBe(newCard);
  });

  it("undoing a burial or a suspension (the review loop's Z) brings the card back today, with the version to answer it at", async () => {
    const { db } = get();
    const userId = await newUser(db, { timeZone: "UTC", dayStartHour: 4 });
    const review = await putState(db, userId, 10, { state: "review", due: new Date(NOW.getTime() - DAY) });
    const newCard = libraryCard(0).cardId;
    const until = dayWindow(studyDay(NOW, "UTC", 4), "UTC", 4).end;
    const before = await db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId, cardId: review } } });

    const buried = await buryCard({ userId, ...libraryCard(10), until, now: NOW }, db);
    expect(buried.version).toBe(before.version + 1);
    const back = await buryCard({ userId, ...libraryCard(10), until: null, now: NOW }, db);
    expect(back).toMatchObject({ version: before.version + 2, state: { state: "review", due: before.due, stability: before.stability } });
    // A card never seen: suspending introduces it (as new), unsuspending keeps it new.
    expect((await setSuspended({ userId, ...libraryCard(0), suspended: true, now: NOW }, db)).version).toBe(1);
    const unsuspended = await setSuspended({ userId, ...libraryCard(0), suspended: false, now: NOW }, db);
    expect(unsuspended).toMatchObject({ version: 2, state: { state: "new", reps: 0 } });

    const q = await queueFor(db, userId, NOW);
    expect(ids(q, "review")).toEqual([review]);
    expect(ids(q, "new")[0]).toBe(newCard);
    // The versions returned are the ones an answer must expect.
    const answered = await answerCard(answer(userId, 0, { expectedVersion: unsuspended.version }), db);
    expect(answered.status).toBe("applied");
  });

  it("reads the stored state and version of the cards a page shows, and only this user's", async () => {
    const { db } = get();
    const userId = await newUser(db, { timeZone: "UTC", dayStartHour: 4 });
    const other = await newUser(db, { timeZone: "UTC", dayStartHour: 4 });
    const review = await putState(db, userId, 10, { state: "review", due: new Date(NOW.getTime() - DAY), stability: 12.5, reps: 4, lapses: 1 });
    await putState(db, other, 11, { state: "review", due: new Date(NOW.getTime() - DAY) });
    // Introduced but never answered (suspended, then unsuspended): new, at version 2.
    await setSuspended({ userId, ...libraryCard(0), suspended: true, now: NOW }, db);
    await setSuspended({ userId, ...libraryCard(0), suspended: false, now: NOW }, db);
    const neverSeen = libraryCard(1).cardId;

    const q = await queueFor(db, userId, NOW);
    expect(ids(q)).toEqual(expect.arrayContaining([review, libraryCard(0).cardId, neverSeen]));
    const states = await readCardStates(userId, [review, libraryCard(0).cardId, neverSeen, libraryCard(11).cardId], db);
    const row = await db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId, cardId: review } } });
    expect(states.get(review)).toEqual({ state: toCardState(row), version: 1 });
    expect(states.get(libraryCard(0).cardId)).toEqual({ state: null, version: 2 });
    expect(states.has(neverSeen)).toBe(false);
    expect(states.has(libraryCard(11).cardId)).toBe(false);
    expect((await readCardStates(userId, [], db)).size).toBe(0);
  });

  it("orders learning cards, then reviews by lowest retrievability, then new cards", async () => {
    const { db } = get();
    const userId = await newUser(db, { timeZone: "UTC", dayStartHour: 4 });
    const learning = await putState(db, userId, 20, { state: "learning", due: new Date(NOW.getTime() - 5 * MIN), stability: 1, lastReview: new Date(NOW.getTime() - 6 * MIN) });
    const relearning = await putState(db, userId, 21, { state: "relearning", due: new Date(NOW.getTime() - 30 * MIN), stability: 2, lastReview: new Date(NOW.getTime() - 40 * MIN) });
    // Same due date, different stabilities and last reviews: retrievability, not due, decides.
    const strong = await putState(db, userId, 22, { state: "review", due: new Date(NOW.getTime() - 3 * DAY), stability: 100, lastReview: new Date(NOW.getTime() - 40 * DAY) });
    const weak = await putState(db, userId, 23, { state: "review", due: new Date(NOW.getTime() - HOUR), stability: 2, lastReview: new Date(NOW.getTime() - 20 * DAY) });
    const middle = await putState(db, userId, 24, { state: "review", due: new Date(NOW.getTime() - 2 * DAY), stability: 10, lastReview: new Date(NOW.getTime() - 15 * DAY) });
    const notYet = await putState(db, userId, 25, { state: "review", due: new Date(NOW.getTime() + 3 * DAY) });

    const q = await queueFor(db, userId, NOW);
    const kinds = q.queue.items.map((i) => i.kind);
    expect(kinds.slice(0, 5)).toEqual(["learning", "learning", "review", "review", "review"]);
    expect(kinds.slice(5).every((k) => k === "new")).toBe(true);
    expect(ids(q, "learning")).toEqual([relearning, learning]);
    expect(ids(q, "review")).toEqual([weak, middle, strong]);
    const recall = retrievabilityFor({});
    const rows = await db.cardState.findMany({ where: { userId, cardId: { in: ids(q, "review") } } });
    const r = ids(q, "review").map((id) => {
      const row = rows.find((x) => x.cardId === id);
      return row ? recall(toCardState(row), NOW) : NaN;
    });
    expect(r).toEqual([...r].sort((a, b) => a - b));
    expect(ids(q)).not.toContain(notYet);
    // Introduced cards are never offered as new again.
    expect(ids(q, "new")).not.toEqual(expect.arrayContaining([learning, strong]));
    expect(q.queue.counts).toEqual({ learning: 2, review: 3, new: 20 });
  });

  it("keeps to the daily limits, counting what was already done today", async () => {
    const { db } = get();
    const userId = await newUser(db, { timeZone: "UTC", dayStartHour: 4, newPerDay: 3, maxReviewsPerDay: 4 });
    for (let k = 0; k < 6; k += 1) {
      await putState(db, userId, 30 + k, { state: "review", due: new Date(NOW.getTime() - (k + 1) * DAY), stability: 5 + k });
    }
    let q = await queueFor(db, userId, NOW);
    // Four reviews fill the review limit: no room for new cards.
    expect(q.queue.counts).toEqual({ learning: 0, review: 4, new: 0 });

    await saveStudySettings(userId, studySettingsSchema.parse({ timeZone: "UTC", dayStartHour: 4, newPerDay: 3, maxReviewsPerDay: 100 }), db);
    q = await queueFor(db, userId, NOW);
    expect(q.queue.counts).toEqual({ learning: 0, review: 6, new: 3 });

    // Two new cards answered today leave one new card for today.
    const firstNew = ids(q, "new");
    for (const cardId of firstNew.slice(0, 2)) {
      const n = library.newCardOrder.indexOf(cardId);
      expect((await answerCard(answer(userId, n, { answeredAt: new Date(NOW.getTime() - HOUR) }), db)).status).toBe("applied");
    }
    q = await queueFor(db, userId, NOW);
    expect(q.doneToday).toMatchObject({ total: 2, newIntroduced: 2, reviews: 0 });
    expect(q.queue.counts.new).toBe(1);
    expect(ids(q, "new")).toEqual([firstNew[2]]);
    expect(q.queue.counts.learning).toBe(2);
  });

  it("a backlog of overdue reviews crowds out neither learning cards nor the chosen tags' cards", async () => {
    const { db } = get();
    const userId = await newUser(db, { timeZone: "UTC", dayStartHour: 4, maxReviewsPerDay: 5 });
    // 520 overdue reviews of cards outside the library (e.g. notes since deleted) or other tags.
    await db.cardState.createMany({
      data: Array.from({ length: 520 }, (_, k) =>
        reviewRow(userId, `gone:${k}`, "gone", new Date(NOW.getTime() - (600 - k) * DAY), new Date(NOW.getTime() - 700 * DAY)),
      ),
    });
    const learning = await putState(db, userId, 50, { state: "learning", due: new Date(NOW.getTime() + 2 * HOUR), stability: 1, lastReview: NOW });
    let q = await queueFor(db, userId, NOW);
    expect(q.queue.later.map((i) => i.cardId)).toEqual([learning]);

    const card = library.cardById.get(libraryCard(51).cardId);
    const note = card && library.noteById.get(card.noteId);
    if (!note) throw new Error("no note");
    const review = await putState(db, userId, 51, { state: "review", due: new Date(NOW.getTime() - HOUR) });
    await saveStudySettings(userId, studySettingsSchema.parse({ timeZone: "UTC", dayStartHour: 4, maxReviewsPerDay: 5, studyTags: [note.area] }), db);
    q = await queueFor(db, userId, NOW);
    expect(ids(q, "review")).toContain(review);
  });

  it("ranks a whole backlog by retrievability, not just its most overdue part", async () => {
    const { db } = get();
    const userId = await newUser(db, { timeZone: "UTC", dayStartHour: 4, maxReviewsPerDay: 3 });
    // 700 long-overdue reviews that are still well remembered (stability far above the days
    // since their last review), some of them orphans whose notes were deleted…
    const strongRow = (cardId: string, noteId: string, k: number) => ({
      ...reviewRow(userId, cardId, noteId, new Date(NOW.getTime() - (800 - k) * DAY), new Date(NOW.getTime() - 900 * DAY)),
      stability: 5_000,
      lastReview: new Date(NOW.getTime() - 850 * DAY),
    });
    await db.cardState.createMany({ data: Array.from({ length: 650 }, (_, k) => strongRow(`gone:${k}`, "gone", k)) });
    const strong = Array.from({ length: 50 }, (_, k) => libraryCard(100 + k));
    await db.cardState.createMany({ data: strong.map((c, k) => strongRow(c.cardId, c.noteId, 650 + k)) });
    // …and, due only an hour ago, cards almost forgotten: the ones to review first.
    const weakest = await putState(db, userId, 60, { state: "review", due: new Date(NOW.getTime() - HOUR), stability: 1, lastReview: new Date(NOW.getTime() - 30 * DAY) });
    const weak = await putState(db, userId, 61, { state: "review", due: new Date(NOW.getTime() - 2 * HOUR), stability: 2, lastReview: new Date(NOW.getTime() - 30 * DAY) });

    const q = await queueFor(db, userId, NOW);
    const reviews = ids(q, "review");
    expect(reviews.slice(0, 2)).toEqual([weakest, weak]);
    // The day's third review is the best-ranked of the rest: the longest since its last review
    // at the same stability is the one due first among the library's cards.
    expect(reviews).toEqual([weakest, weak, strong[0]?.cardId]);
    expect(q.queue.counts.review).toBe(3);
  });

  it("takes the same reviews the scheduler's own retrievability would rank first", async () => {
    const { db } = get();
    const userId = await newUser(db, { timeZone: "UTC", dayStartHour: 4, maxReviewsPerDay: 12 });
    const rng = createRng(2024);
    for (let k = 0; k < 60; k += 1) {
      const lastReview = new Date(NOW.getTime() - Math.round(rng.next() * 400 * DAY));
      const stability = k % 15 === 0 ? 0 : 0.5 + rng.next() * 300; // a few with no stability: retrievability 0
      const due = new Date(Math.min(NOW.getTime() - MIN, lastReview.getTime() + Math.round(rng.next() * 200 * DAY)));
      await putState(db, userId, 200 + k, { state: "review", due, stability, lastReview });
    }
    const recall = retrievabilityFor({});
    const rows = await db.cardState.findMany({ where: { userId } });
    const expected = rows
      .map((row) => ({ id: row.cardId, due: row.due.getTime(), r: recall(toCardState(row), NOW) }))
      .sort((a, b) => a.r - b.r || a.due - b.due || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .slice(0, 12)
      .map((x) => x.id);
    expect(ids(await queueFor(db, userId, NOW), "review")).toEqual(expected);
  });

  it("counts the days since the last review from now, to the hour", async () => {
    const { db } = get();
    // Two cards a whisker apart in retrievability: reading "now" a couple of hours off either
    // way (a wrong epoch, a time zone) swaps which one comes first.
    const pair = async (olderStability: number) => {
      const userId = await newUser(db, { timeZone: "UTC", dayStartHour: 4, maxReviewsPerDay: 1 });
      const recent = await putState(db, userId, 70, { state: "review", due: new Date(NOW.getTime() - HOUR), stability: 1, lastReview: new Date(NOW.getTime() - 2 * DAY) });
      const older = await putState(db, userId, 71, { state: "review", due: new Date(NOW.getTime() - HOUR), stability: olderStability, lastReview: new Date(NOW.getTime() - 100 * DAY) });
      return { recent, older, first: ids(await queueFor(db, userId, NOW), "review") };
    };
    const a = await pair(49); // 100 / 49 = 2.04 days per unit of stability against 2 / 1
    expect(a.first).toEqual([a.older]);
    const b = await pair(51); // 100 / 51 = 1.96 against 2
    expect(b.first).toEqual([b.recent]);
  });

  it("offers only new cards of the chosen areas and tags", async () => {
    const { db } = get();
    const note = library.noteById.get(libraryCard(0).noteId);
    if (!note) throw new Error("no note");
    const tag = note.frontMatter.tags.find((t) => t !== note.area) ?? note.area;
    const userId = await newUser(db, { timeZone: "UTC", dayStartHour: 4, newPerDay: 500, maxReviewsPerDay: 9999, studyTags: [tag] });
    const offered = ids(await queueFor(db, userId, NOW), "new");
    const expected = library.newCardOrder.filter((id) => {
      const n = library.noteById.get(library.cardById.get(id)?.noteId ?? "");
      return Boolean(n && (n.area === tag || n.frontMatter.tags.includes(tag)));
    });
    expect(offered).toEqual(expected);
    expect(offered.length).toBeGreaterThan(0);
    expect(offered.length).toBeLessThan(library.cards.length);
  });

  it("decides what today is in the user's time zone and day-start hour", async () => {
    const { db } = get();
    // Tokyo is UTC+9 all year; the day starts at 04:00 local = 19:00 UTC the evening before.
    const userId = await newUser(db, { timeZone: "Asia/Tokyo", dayStartHour: 4, newPerDay: 2 });
    const at = (iso: string) => new Date(iso);
    const now = at("2024-06-10T18:00:00Z"); // 03:00 on the 11th in Tokyo: still the study day of the 10th
    const beforeBoundary = await putState(db, userId, 40, { state: "review", due: at("2024-06-10T18:59:00Z") });
    const afterBoundary = await putState(db, userId, 41, { state: "review", due: at("2024-06-10T19:01:00Z") });

    let q = await queueFor(db, userId, now);
    expect(q.day).toBe("2024-06-10");
    expect(q.window).toEqual({ start: at("2024-06-09T19:00:00Z"), end: at("2024-06-10T19:00:00Z") });
    expect(ids(q, "review")).toEqual([beforeBoundary]);
    expect(q.dueTomorrow).toBe(1);

    // Both new cards of the day answered just before the boundary.
    for (const cardId of ids(q, "new")) {
      const n = library.newCardOrder.indexOf(cardId);
      await answerCard(answer(userId, n, { answeredAt: at("2024-06-10T18:30:00Z"), rating: 4 }), db);
    }
    q = await queueFor(db, userId, at("2024-06-10T18:45:00Z"));
    expect(q.queue.counts.new).toBe(0);

    // One minute past 04:00 in Tokyo: a new study day with fresh limits and the next review due.
    q = await queueFor(db, userId, at("2024-06-10T19:01:00Z"));
    expect(q.day).toBe("2024-06-11");
    expect(q.doneToday.total).toBe(0);
    expect(q.queue.counts.new).toBe(2);
    expect(ids(q, "review")).toEqual(expect.arrayContaining([beforeBoundary, afterBoundary]));
  });
});

import { expect, it } from "vitest";
import { countRoundRatings, getLearnerStats, getRound, listRounds } from "@/lib/data/interview";
import { abandonRound, completeRound, createRound, saveRoundAnswer } from "@/lib/db/interview";
import { createPasswordUser } from "@/lib/db/users";
import { buildRound, interviewRatingKey, matchesTopics, type InterviewQuestion, type RoundPlan } from "@/lib/interview";
import { DEFAULT_SCHEDULER_PARAMS } from "@/lib/srs";
import type { Db } from "@/lib/db";
import { fixtureLibrary } from "../unit/interview/fixture-library";
import { describeEachDatabase } from "../support/test-db";

let counter = 0;
const START = new Date("2026-11-20T10:00:00Z");
const at = (seconds: number) => new Date(START.getTime() + seconds * 1000);

async function newUser(db: Db, tag: string) {
  return createPasswordUser({ email: `iv-${tag}-${Date.now()}-${++counter}@example.test`, name: tag, passwordHash: "h" }, db);
}

function question(over: Partial<InterviewQuestion>): InterviewQuestion {
  return {
    cardId: null,
    noteId: "quorums",
    noteTitle: "Quorums",
    topic: "replication",
    kind: "trap",
    prompt: "Why W + R > N?",
    answer: "Read and write sets overlap.",
    keyPoints: ["write quorum", "read quorum", "overlap"],
    terms: ["write quorum", "read quorum", "overlap", "quorum", "replica"],
    tips: [],
    seconds: 30,
    ...over,
  };
}

/** Two library cards and an interviewer probe (not a card: never rated). */
function plan(): RoundPlan {
  return {
    kind: "follow-up",
    seed: 7,
    topics: ["replication"],
    weighted: true,
    questions: [
      question({ cardId: `quorums:concept:main:${counter}`, kind: "concept" }),
      question({ cardId: `quorums:trap:overlap:${counter}` }),
      question({ cardId: null, kind: "probe" }),
    ],
  };
}

const typed = (text: string, ticked: number[]) => ({ mode: "typed" as const, text, ticked, timeUsedMs: 12_000, recorded: false, graded: false });

/** Answers every question (all points ticked, typed text naming a term) and moves past each. */
async function answerAll(db: Db, userId: string, roundId: string, count: number) {
  for (let index = 0; index < count; index++) {
    const saved = await saveRoundAnswer({ userId, roundId, index, answer: typed("the read and write quorums overlap", [0, 1, 2]), advance: false, now: at(10 * index) }, db);
    expect(saved.status).toBe("saved");
    const next = await saveRoundAnswer({ userId, roundId, index, answer: typed("the read and write quorums overlap", [0, 1, 2]), advance: true, now: at(10 * index + 5) }, db);
    expect(next.status).toBe("saved");
  }
}

async function ratingLogs(db: Db, userId: string) {
  return db.reviewLog.findMany({ where: { userId }, orderBy: { idempotencyKey: "asc" } });
}

describeEachDatabase("interview rounds", (get) => {
  const complete = (userId: string, roundId: string, db: Db) =>
    completeRound({ userId, roundId, now: at(600), params: DEFAULT_SCHEDULER_PARAMS }, db);

  it("keeps answers server-side so a reload resumes at the current question", async () => {
    const { db } = get();
    const user = await newUser(db, "resume");
    const { id } = await createRound({ userId: user.id, plan: plan(), now: START }, db);
    await saveRoundAnswer({ userId: user.id, roundId: id, index: 0, answer: typed("Two Replicas agree", [1]), advance: false, now: at(20) }, db);
    let round = await getRound(user.id, id, db);
    expect(round).toMatchObject({ status: "active", currentIndex: 0 });
    expect(round?.answers[0]).toMatchObject({ text: "Two Replicas agree", ticked: [1], detectedTerms: ["replica"], graded: false, answeredAt: at(20).getTime() });
    expect(round?.answers[1]).toBeNull();

    await saveRoundAnswer({ userId: user.id, roundId: id, index: 0, answer: typed("Two Replicas agree", [0, 1]), advance: true, now: at(25) }, db);
    round = await getRound(user.id, id, db);
    expect(round).toMatchObject({ currentIndex: 1 });
    expect(round?.answers[0]).toMatchObject({ ticked: [0, 1], graded: true });

    // A resent "next" changes nothing; skipping ahead or rewriting a graded answer is refused.
    expect((await saveRoundAnswer({ userId: user.id, roundId: id, index: 0, answer: typed("x", []), advance: true, now: at(26) }, db)).status).toBe("saved");
    expect((await saveRoundAnswer({ userId: user.id, roundId: id, index: 0, answer: typed("x", []), advance: false, now: at(26) }, db)).status).toBe("out-of-order");
    expect((await saveRoundAnswer({ userId: user.id, roundId: id, index: 2, answer: typed("x", []), advance: false, now: at(26) }, db)).status).toBe("out-of-order");
    round = await getRound(user.id, id, db);
    expect(round).toMatchObject({ currentIndex: 1 });
    expect(round?.answers[0]).toMatchObject({ text: "Two Replicas agree", ticked: [0, 1] });

    // Another user can neither read nor answer it.
    const other = await newUser(db, "other");
    expect(await getRound(other.id, id, db)).toBeNull();
    expect((await saveRoundAnswer({ userId: other.id, roundId: id, index: 1, answer: typed("x", []), advance: true, now: at(30) }, db)).status).toBe("not-found");
  });

  it("rates each card once when the round is completed, and completing again rates nothing", async () => {
    const { db } = get();
    const user = await newUser(db, "once");
    const p = plan();
    const { id } = await createRound({ userId: user.id, plan: p, now: START }, db);
    expect((await complete(user.id, id, db)).status).toBe("unfinished");
    await answerAll(db, user.id, id, 3);

    const first = await complete(user.id, id, db);
    expect(first.status).toBe("completed");
    if (first.status !== "completed") return;
    expect(first.ratings.map((r) => [r.index, r.status])).toEqual([[0, "applied"], [1, "applied"]]);
    const logs = await ratingLogs(db, user.id);
    expect(logs.map((l) => [l.idempotencyKey, l.cardId, l.rating, l.source])).toEqual([
      [interviewRatingKey(id, 0), p.questions[0]?.cardId, 4, "interview"],
      [interviewRatingKey(id, 1), p.questions[1]?.cardId, 4, "interview"],
    ]);
    expect(first.round).toMatchObject({ status: "completed", score: 1 });
    expect(first.round.completedAt?.toISOString()).toBe(at(600).toISOString());

    const again = await complete(user.id, id, db);
    expect(again.status === "completed" && again.ratings.map((r) => r.status)).toEqual(["duplicate", "duplicate"]);
    expect(await ratingLogs(db, user.id)).toHaveLength(2);
    const states = await db.cardState.findMany({ where: { userId: user.id } });
    expect(states.map((s) => s.reps)).toEqual([1, 1]);
    expect(await countRoundRatings(user.id, id, db)).toBe(2);

    // A completed round takes no more answers and cannot be abandoned.
    expect((await saveRoundAnswer({ userId: user.id, roundId: id, index: 2, answer: typed("x", []), advance: true, now: at(700) }, db)).status).toBe("closed");
    expect((await abandonRound({ userId: user.id, roundId: id, now: at(700) }, db)).status).toBe("completed");
    expect(await ratingLogs(db, user.id)).toHaveLength(2);
  });

  it("rates each card once when completion is submitted several times at once", async () => {
    const { db } = get();
    const user = await newUser(db, "race");
    const { id } = await createRound({ userId: user.id, plan: plan(), now: START }, db);
    await answerAll(db, user.id, id, 3);
    const results = await Promise.all(Array.from({ length: 4 }, () => complete(user.id, id, db)));
    for (const r of results) expect(r.status).toBe("completed");
    const applied = results.flatMap((r) => (r.status === "completed" ? r.ratings : [])).filter((r) => r.status === "applied");
    expect(applied).toHaveLength(2);
    expect(await ratingLogs(db, user.id)).toHaveLength(2);
    const states = await db.cardState.findMany({ where: { userId: user.id } });
    expect(states.map((s) => [s.reps, s.version])).toEqual([[1, 1], [1, 1]]);
  });

  it("rates nothing for an abandoned round", async () => {
    const { db } = get();
    const user = await newUser(db, "abandon");
    const { id } = await createRound({ userId: user.id, plan: plan(), now: START }, db);
    await answerAll(db, user.id, id, 3);
    expect(await abandonRound({ userId: user.id, roundId: id, now: at(300) }, db)).toEqual({ status: "abandoned" });
    expect(await abandonRound({ userId: user.id, roundId: id, now: at(301) }, db)).toEqual({ status: "abandoned" });
    expect(await complete(user.id, id, db)).toEqual({ status: "abandoned" });
    expect(await ratingLogs(db, user.id)).toHaveLength(0);
    expect(await db.cardState.count({ where: { userId: user.id } })).toBe(0);
    expect(await getRound(user.id, id, db)).toMatchObject({ status: "abandoned", score: null });
  });

  it("settles an abandon racing a completion one way or the other, never half", async () => {
    const { db } = get();
    for (let i = 0; i < 3; i++) {
      const user = await newUser(db, `settle${i}`);
      const { id } = await createRound({ userId: user.id, plan: plan(), now: START }, db);
      await answerAll(db, user.id, id, 3);
      await Promise.all([complete(user.id, id, db), abandonRound({ userId: user.id, roundId: id, now: at(600) }, db)]);
      const round = await getRound(user.id, id, db);
      const logs = await ratingLogs(db, user.id);
      expect(logs).toHaveLength(round?.status === "completed" ? 2 : 0);
    }
  });

  it("maps the share of key points to the rating, and leaves probes unrated", async () => {
    const { db } = get();
    const user = await newUser(db, "mapping");
    const p = plan();
    const { id } = await createRound({ userId: user.id, plan: p, now: START }, db);
    const ticks: number[][] = [[], [0, 1], [0]];
    for (let index = 0; index < 3; index++) {
      await saveRoundAnswer({ userId: user.id, roundId: id, index, answer: typed("quorums overlap", ticks[index] ?? []), advance: true, now: at(index) }, db);
    }
    await complete(user.id, id, db);
    const logs = await ratingLogs(db, user.id);
    // 0/3 → Again, 2/3 (67 %) → Hard; the probe is not a card.
    expect(logs.map((l) => [l.idempotencyKey, l.rating])).toEqual([[interviewRatingKey(id, 0), 1], [interviewRatingKey(id, 1), 2]]);
  });

  it("lists rounds by kind and topic, and the draw sees rated cards and practised topics", async () => {
    const { db } = get();
    const user = await newUser(db, "history");
    const library = fixtureLibrary();
    const index = {
      cards: library.cards,
      cardById: new Map(library.cards.map((c) => [c.id, c])),
      noteById: new Map(library.notes.map((n) => [n.id, n])),
    };
    const drawn = buildRound({ kind: "lightning", seed: 3, topics: ["reliability"], source: library, learner: null });
    const lightning = await createRound({ userId: user.id, plan: drawn, now: START }, db);
    for (let i = 0; i < drawn.questions.length; i++) {
      await saveRoundAnswer({ userId: user.id, roundId: lightning.id, index: i, answer: { ...typed("", []), mode: "spoken" }, advance: true, now: at(i) }, db);
    }
    await complete(user.id, lightning.id, db);
    const other = await createRound({ userId: user.id, plan: plan(), now: at(60) }, db);

    expect((await listRounds(user.id, {}, db)).map((r) => r.id)).toEqual([lightning.id, other.id]);
    expect((await listRounds(user.id, { kind: "lightning" }, db)).map((r) => r.id)).toEqual([lightning.id]);
    expect((await listRounds(user.id, { topic: "replication" }, db)).map((r) => r.id)).toEqual([other.id]);
    expect((await listRounds(user.id, { topic: "reliability" }, db))[0]).toMatchObject({ id: lightning.id, status: "completed", score: 0, answeredCount: 6 });

    // A round that asked about quorums (tags: replication, consistency; reported under
    // replication) is found under "consistency" too, given the notes under that topic.
    const onReplication = buildRound({ kind: "lightning", seed: 5, topics: ["replication"], source: library, learner: null });
    expect(onReplication.questions.some((q) => q.noteId === "quorums")).toBe(true);
    const replicationRound = await createRound({ userId: user.id, plan: onReplication, now: at(120) }, db);
    const underConsistency = new Set(library.notes.filter((n) => matchesTopics(n, ["consistency"])).map((n) => n.id));
    expect(underConsistency.has("quorums")).toBe(true);
    const consistencyIds = (await listRounds(user.id, { topic: "consistency", topicNotes: underConsistency }, db)).map((r) => r.id);
    expect(consistencyIds).toContain(replicationRound.id);
    expect(consistencyIds).not.toContain(lightning.id);
    expect((await listRounds(user.id, { topic: "consistency" }, db)).map((r) => r.id)).not.toContain(replicationRound.id);
    expect((await listRounds(user.id, { topic: "replication" }, db)).map((r) => r.id)).toEqual([other.id, replicationRound.id]);

    const stats = await getLearnerStats(user.id, index, at(3600), db);
    expect(stats.practisedTopics.has("reliability")).toBe(true);
    expect(stats.practisedTopics.has("consensus")).toBe(false);
    expect([...stats.cards.keys()].sort()).toEqual(drawn.questions.map((q) => q.cardId).sort());
    // Again on a card seen for the first time is not a lapse; Again on a card in review is.
    for (const s of stats.cards.values()) expect(s.recentLapses).toBe(0);
    const lapsed = drawn.questions[0]?.cardId ?? "";
    await db.reviewLog.create({
      data: { userId: user.id, cardId: lapsed, idempotencyKey: "lapse-1", rating: 1, state: "review", reviewedAt: at(1800), source: "review" },
    });
    const after = await getLearnerStats(user.id, index, at(3600), db);
    expect(after.cards.get(lapsed)?.recentLapses).toBe(1);
    expect((await getLearnerStats(user.id, index, at(3600 + 31 * 86_400), db)).cards.get(lapsed)?.recentLapses).toBe(0);
  });
});

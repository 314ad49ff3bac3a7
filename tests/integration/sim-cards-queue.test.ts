import { beforeAll, expect, it } from "vitest";
import { getLibrary, type LibraryIndex } from "@/lib/data/library";
import { getStudyProfile, getTodayQueue } from "@/lib/data/study";
import type { Db } from "@/lib/db";
import { predictionCards, runCard } from "@/lib/sim";
import type { StudySettingsInput } from "@/lib/srs";
import { createLearner, reviewRow } from "../support/learners";
import { describeEachDatabase } from "../support/test-db";

const DAY = 86_400_000;
const NOW = new Date(Date.UTC(2024, 5, 10, 12));

let library: LibraryIndex;
beforeAll(async () => {
  library = await getLibrary();
}, 60_000);

function newUser(db: Db, settings?: StudySettingsInput): Promise<string> {
  return createLearner(db, "simq", settings);
}

const simCardIds = () => library.cards.filter((c) => c.kind === "sim").map((c) => c.id);

it("every scenario's prediction cards join the library with the run that answers them, in the new-card order", () => {
  const sims = library.cards.filter((c) => c.kind === "sim");
  expect(sims).toHaveLength(predictionCards.length);
  expect(new Set(sims.map((c) => c.sim?.scenario)).size).toBe(8);
  for (const card of sims) {
    expect(library.newCardOrder).toContain(card.id);
    const spec = card.sim;
    expect(spec).toBeDefined();
    if (!spec) continue;
    // The card carries exactly the run its scenario's check passes on.
    const slug = card.id.split(":sim:")[1];
    const prediction = predictionCards.find((p) => p.scenario === spec.scenario && p.key === `${spec.scenario}/${slug}`);
    expect(prediction).toBeDefined();
    if (!prediction) continue;
    expect(runCard(prediction).confirmed).toBe(true);
    expect(spec).toEqual({ scenario: prediction.scenario, seed: prediction.seed, settings: prediction.settings, actions: prediction.actions, untilMs: prediction.untilMs });
  }
});

describeEachDatabase("sim cards in today's queue", (get) => {
  it("offers a walkthrough's sim cards as new cards to a learner studying its tag", async () => {
    const { db } = get();
    const userId = await newUser(db, { newPerDay: 100, studyTags: ["idempotency"] });
    const today = await getTodayQueue(userId, NOW, library, await getStudyProfile(userId, db), db);
    const offered = today.queue.items.filter((i) => i.kind === "new").map((i) => i.cardId);
    expect(offered).toEqual(expect.arrayContaining(["walkthrough-retries-idempotency:sim:retry-without-keys", "walkthrough-retries-idempotency:sim:retry-with-keys"]));
    expect(offered.every((id) => id.startsWith("walkthrough-retries-idempotency:"))).toBe(true);
  });

  it("brings a sim card back for review when it is due", async () => {
    const { db } = get();
    const userId = await newUser(db);
    const cardId = simCardIds().find((id) => id.startsWith("quorums:")) ?? "";
    expect(cardId).not.toBe("");
    await db.cardState.create({ data: reviewRow(userId, cardId, "quorums", new Date(NOW.getTime() - DAY), new Date(NOW.getTime() - 10 * DAY)) });
    const today = await getTodayQueue(userId, NOW, library, await getStudyProfile(userId, db), db);
    expect(today.queue.items.find((i) => i.cardId === cardId)).toMatchObject({ kind: "review" });
    expect(library.cardById.get(cardId)?.sim?.scenario).toBe("quorum-replication");
  });
});

import { existsSync, readFileSync } from "node:fs";
import { beforeAll, expect, it } from "vitest";
import { answerCard } from "@/lib/db/reviews";
import { getLibrary, type LibraryIndex } from "@/lib/data/library";
import type { Db } from "@/lib/db";
import { DEFAULT_SCHEDULER_PARAMS, REVLOG_HEADER } from "@/lib/srs";
import { ImportTooLargeError, importRevlogStream } from "@/lib/study/history-import";
import { reviewHistoryCsv } from "@/lib/study/history-export";
import { createLearner } from "../support/learners";
import { describeEachDatabase } from "../support/test-db";

const SHARED = "/work/shared/data/revlog.csv";
const NOW = new Date(Date.UTC(2024, 5, 10, 12));
const hasShared = existsSync(SHARED);

let library: LibraryIndex;
beforeAll(async () => {
  library = await getLibrary();
}, 60_000);

function newUser(db: Db): Promise<string> {
  return createLearner(db, "hist");
}

/** A body stream delivering `text` in chunks of `size` bytes, as an upload arrives. */
function upload(text: string | Buffer, size = 65_536): ReadableStream<Uint8Array> {
  const bytes = typeof text === "string" ? Buffer.from(text, "utf8") : text;
  let at = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(new Uint8Array(bytes.subarray(at, at + size)));
      at += size;
    },
  });
}

async function exported(db: Db, userId: string): Promise<string> {
  return new Response(reviewHistoryCsv(userId, db)).text();
}

const sortedLines = (csv: string) => csv.trim().split(/\r?\n/).slice(1).sort();

describeEachDatabase("review history import and export", (get) => {
  it.skipIf(!hasShared)("imports the shared revlog cleanly, adds nothing the second time, and exports it back", async () => {
    const { db, provider } = get();
    const userId = await newUser(db);
    const file = readFileSync(SHARED);

    let started = performance.now();
    const first = await importRevlogStream(userId, upload(file), { now: NOW, client: db });
    const firstMs = performance.now() - started;
    expect(first).toEqual({ accepted: 41_847, added: 41_847, alreadyPresent: 0, rejected: 0, errors: [] });

    started = performance.now();
    const second = await importRevlogStream(userId, upload(file), { now: NOW, client: db });
    const secondMs = performance.now() - started;
    expect(second).toEqual({ accepted: 41_847, added: 0, alreadyPresent: 41_847, rejected: 0, errors: [] });
    console.log(`[${provider}] shared revlog import: first ${Math.round(firstMs)} ms, again ${Math.round(secondMs)} ms`);

    expect(await db.reviewLog.count({ where: { userId } })).toBe(41_847);
    expect(await db.reviewLog.count({ where: { userId, NOT: { source: "import" } } })).toBe(0);
    expect(await db.reviewLog.count({ where: { userId, NOT: { previous: null } } })).toBe(0);
    // Foreign card ids are kept for optimization, never turned into card states.
    expect(await db.cardState.count({ where: { userId } })).toBe(0);

    started = performance.now();
    const csv = await exported(db, userId);
    console.log(`[${provider}] export of 41,847 reviews: ${Math.round(performance.now() - started)} ms`);
    expect(csv.split("\n")[0]).toBe(REVLOG_HEADER);
    expect(sortedLines(csv)).toEqual(sortedLines(file.toString("utf8")));
    // In time order.
    const times = csv.trim().split("\n").slice(1).map((line) => Number(line.split(",")[0]));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  }, 120_000);

  it("reports each bad row with its number and reason, and imports the good ones", async () => {
    const { db } = get();
    const userId = await newUser(db);
    const csv = [
      REVLOG_HEADER,
      "1700000000000,card-a,3,1200,0",
      "1700000000000,card-b,5,1200,0",
      "not-a-time,card-c,3,1200,0",
      "1700000001000,card-a,3,90000000,1",
      `1700000002000,${"x".repeat(301)},3,100,1`,
      `${NOW.getTime() + 3 * 86_400_000},card-a,3,100,1`,
      "1700000003000,card-a,3,100",
      "1700000004000,card-a,1,100,2",
    ].join("\n");
    const summary = await importRevlogStream(userId, upload(csv, 7), { now: NOW, client: db });
    expect(summary).toMatchObject({ accepted: 2, added: 2, alreadyPresent: 0, rejected: 6 });
    expect(summary.errors.map((e) => e.row)).toEqual([3, 4, 5, 6, 7, 8]);
    expect(summary.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/review_rating/),
      expect.stringMatching(/review_time/),
      expect.stringMatching(/longer than a day/),
      expect.stringMatching(/card_id is longer/),
      expect.stringMatching(/future/),
      expect.stringMatching(/expected 5 fields, found 4/),
    ]);
    expect(await db.reviewLog.findMany({ where: { userId }, select: { cardId: true, state: true, rating: true }, orderBy: { reviewedAt: "asc" } })).toEqual([
      { cardId: "card-a", state: "new", rating: 3 },
      { cardId: "card-a", state: "review", rating: 1 },
    ]);
  });

  it("refuses a file over the size limit", async () => {
    const { db } = get();
    const userId = await newUser(db);
    const csv = `${REVLOG_HEADER}\n${"1700000000000,card-a,3,1200,0\n".repeat(100)}`;
    await expect(importRevlogStream(userId, upload(csv, 512), { now: NOW, client: db, maxBytes: 1_000 })).rejects.toBeInstanceOf(ImportTooLargeError);
  });

  it("two imports of the same file at once add each row once", async () => {
    const { db } = get();
    const userId = await newUser(db);
    const lines = Array.from({ length: 2_500 }, (_, k) => `${1_600_000_000_000 + k * 60_000},card-${k % 40},${1 + (k % 4)},${k},${k % 5}`);
    const csv = `${REVLOG_HEADER}\n${lines.join("\n")}\n`;
    const [a, b] = await Promise.all([
      importRevlogStream(userId, upload(csv, 4_096), { now: NOW, client: db }),
      importRevlogStream(userId, upload(csv, 4_096), { now: NOW, client: db }),
    ]);
    expect((a?.added ?? 0) + (b?.added ?? 0)).toBe(2_500);
    expect((a?.alreadyPresent ?? 0) + (b?.alreadyPresent ?? 0)).toBe(2_500);
    expect(await db.reviewLog.count({ where: { userId } })).toBe(2_500);
  });

  it("re-importing an export of answered reviews adds nothing", async () => {
    const { db } = get();
    const userId = await newUser(db);
    for (const [k, cardId] of library.newCardOrder.slice(0, 2).entries()) {
      const card = library.cardById.get(cardId);
      if (!card) throw new Error("no card");
      await answerCard(
        {
          userId,
          cardId,
          noteId: card.noteId,
          rating: 3,
          idempotencyKey: `answer-${k}`,
          answeredAt: new Date(NOW.getTime() + k * 1000),
          durationMs: 2_500,
          expectedVersion: 0,
          params: DEFAULT_SCHEDULER_PARAMS,
        },
        db,
      );
    }
    const csv = await exported(db, userId);
    expect(csv.trim().split("\n")).toEqual([
      REVLOG_HEADER,
      `${NOW.getTime()},${library.newCardOrder[0]},3,2500,0`,
      `${NOW.getTime() + 1000},${library.newCardOrder[1]},3,2500,0`,
    ]);
    const again = await importRevlogStream(userId, upload(csv), { now: NOW, client: db });
    expect(again).toEqual({ accepted: 2, added: 0, alreadyPresent: 2, rejected: 0, errors: [] });
    expect(await db.reviewLog.count({ where: { userId } })).toBe(2);
  });
});

import "server-only";
import { z } from "zod";
import { CARD_PHASES, dayWindow, retrievabilityFor, studyDay, type DayKey } from "@/lib/srs";
import {
  buildHeatmap,
  dayKey,
  dayNumber,
  dueForecast,
  intervalsBefore,
  leechList,
  MATURE_INTERVAL_DAYS,
  studyDaysOf,
  studyStreaks,
  timeSpent,
  topicMastery,
  totalsByStudyDay,
  weeklyRetention,
  weekStart,
  type Forecast,
  type Heatmap,
  type LoggedAnswer,
  type Retention,
  type Streaks,
  type TimeSpent,
  type TopicMastery,
} from "@/lib/stats";
import { db, type Db } from "@/lib/db";
import { sqlBoolean, sqlDate, sqlDateOrNull, sqlNumber, sqlSession, type SqlRow, type SqlSession } from "@/lib/db/sql";
import { plainLines } from "@/lib/interview/key-points";
import type { LibraryIndex } from "./library";
import type { StudyProfile } from "./study";

/** How many weeks the retention chart covers. */
export const RETENTION_WEEKS = 12;
/** How many leeches the stats page lists (the most forgotten first). */
export const LEECHES_LISTED = 20;

/** A card forgotten so often that it is a leech (see lib/srs/leech.ts), as the stats page lists it. */
export interface LeechView {
  cardId: string;
  noteId: string;
  noteTitle: string;
  /** The card's question as plain text. */
  prompt: string;
  lapses: number;
  suspended: boolean;
}
const DAY_MS = 86_400_000;
const QUARTER_MS = 900_000;

export interface StatsView {
  today: DayKey;
  timeZone: string;
  dayStartHour: number;
  desiredRetention: number;
  totals: {
    /** Every answer in the log, imported ones included. */
    reviews: number;
    imported: number;
    daysStudied: number;
  };
  heatmap: Heatmap;
  streaks: Streaks;
  retention: Retention;
  forecast: Forecast;
  mastery: TopicMastery[];
  time: TimeSpent;
  /** Leeches among the library's cards: how many, and the most forgotten of them. */
  leeches: { total: number; cards: LeechView[] };
}

// One row per 15-minute bucket (UTC) of the user's answers. Every time zone's offset is a
// multiple of 15 minutes, so a study day (which starts on a whole local hour) is a union of
// buckets: grouping here keeps 100k answers from crossing into JavaScript one by one.
// Written in SQL both SQLite (ISO text) and PostgreSQL (timestamp cast to text) understand.
const bucketRow = z.object({
  hour: z.string().regex(/^\d{4}-\d{2}-\d{2}[T ]\d{2}$/),
  quarter: z.coerce.number().int().min(0).max(3),
  reviews: z.coerce.number(),
  imported: z.coerce.number().nullable(),
  ms: z.coerce.number().nullable(),
});

async function answerBuckets(userId: string, client: Db) {
  const rows: unknown = await client.$queryRaw`
    SELECT substr(CAST("reviewedAt" AS TEXT), 1, 13) AS "hour",
           CAST(substr(CAST("reviewedAt" AS TEXT), 15, 2) AS INTEGER) / 15 AS "quarter",
           COUNT(*) AS "reviews",
           SUM(CASE WHEN "source" = 'import' THEN 1 ELSE 0 END) AS "imported",
           SUM("durationMs") AS "ms"
    FROM "ReviewLog"
    WHERE "userId" = ${userId}
    GROUP BY 1, 2`;
  return z.array(bucketRow).parse(rows).map((row) => {
    const h = row.hour;
    const at = Date.UTC(Number(h.slice(0, 4)), Number(h.slice(5, 7)) - 1, Number(h.slice(8, 10)), Number(h.slice(11, 13)));
    return { at: at + row.quarter * QUARTER_MS, count: row.reviews, imported: row.imported ?? 0, durationMs: row.ms ?? 0 };
  });
}

/** The interval recorded in an answer's undo snapshot (`previous`), if any. */
function scheduledDaysOf(previous: string | null): number | null {
  if (!previous) return null;
  try {
    const snapshot: unknown = JSON.parse(previous);
    if (snapshot && typeof snapshot === "object" && "scheduledDays" in snapshot && typeof snapshot.scheduledDays === "number") {
      return snapshot.scheduledDays;
    }
  } catch {
    // An unreadable snapshot counts as not recorded.
  }
  return null;
}

/**
 * The answers the retention chart needs: answers to review-phase cards since `from`, and for
 * imported history (which records no interval) every answer to those cards since 21 days
 * before `from`, so the interval can be measured from the previous answer.
 */
async function retentionAnswers(userId: string, from: Date, sql: SqlSession): Promise<LoggedAnswer[]> {
  const columns = `"cardId", "reviewedAt", "rating", "state", "source", "previous"`;
  const rows = (
    await sql.select(`SELECT ${columns} FROM "ReviewLog" WHERE "userId" = ? AND "state" = 'review' AND "reviewedAt" >= ?`, [
      [userId, "string"],
      [from, "datetime"],
    ])
  ).map(loggedRow);
  const importedCards = [...new Set(rows.filter((r) => r.source === "import").map((r) => r.cardId))];
  const imported = new Set(importedCards);
  // Read by time alone, not by a list of thousands of card ids (parameter limits), then kept
  // to the imported cards.
  const context =
    imported.size === 0
      ? []
      : (
          await sql.select(`SELECT ${columns} FROM "ReviewLog" WHERE "userId" = ? AND "reviewedAt" >= ?`, [
            [userId, "string"],
            [new Date(from.getTime() - MATURE_INTERVAL_DAYS * DAY_MS), "datetime"],
          ])
        )
          .map(loggedRow)
          .filter((r) => imported.has(r.cardId));
  return [...rows.filter((r) => !imported.has(r.cardId)), ...context].map((r) => ({
    at: r.reviewedAt.getTime(),
    cardId: r.cardId,
    rating: r.rating,
    stateBefore: r.state,
    scheduledDaysBefore: r.source === "import" ? null : scheduledDaysOf(r.previous),
  }));
}

function loggedRow(row: SqlRow) {
  return {
    cardId: String(row.cardId),
    reviewedAt: sqlDate(row.reviewedAt),
    rating: sqlNumber(row.rating),
    state: String(row.state),
    source: String(row.source),
    previous: typeof row.previous === "string" ? row.previous : null,
  };
}

/** Every card the user has a state for, as the forecast and mastery need it. */
async function cardStates(userId: string, sql: SqlSession) {
  const rows = await sql.select(`SELECT "cardId", "state", "stability", "lastReview", "due", "suspended", "buriedUntil", "lapses" FROM "CardState" WHERE "userId" = ?`, [
    [userId, "string"],
  ]);
  return rows.map((row) => ({
    cardId: String(row.cardId),
    state: String(row.state),
    stability: sqlNumber(row.stability),
    lastReview: sqlDateOrNull(row.lastReview),
    due: sqlDate(row.due),
    suspended: sqlBoolean(row.suspended),
    buriedUntil: sqlDateOrNull(row.buriedUntil),
    lapses: sqlNumber(row.lapses),
  }));
}

/**
 * Everything the stats page shows, for a user at `now`, in their time zone and day start.
 * Imported history counts in the history charts (heatmap, streaks, retention, time) but not in
 * mastery or the forecast: its card ids are foreign to the library and it has no card state.
 */
export async function getStats(
  userId: string,
  now: Date,
  library: LibraryIndex,
  profile: StudyProfile,
  client: Db = db(),
): Promise<StatsView> {
  const { timeZone, dayStartHour, desiredRetention } = profile.settings;
  const today = studyDay(now, timeZone, dayStartHour);
  const retentionFrom = dayWindow(dayKey(dayNumber(weekStart(today)) - (RETENTION_WEEKS - 1) * 7), timeZone, dayStartHour).start;

  // The two long reads (thousands of rows for a learner of some years) in SQL on Prisma's own
  // connection (lib/db/sql.ts): Prisma's mapping of each row was a good part of the page.
  const sql = await sqlSession(client);
  const [buckets, answers, cards] = await Promise.all([
    answerBuckets(userId, client),
    retentionAnswers(userId, retentionFrom, sql),
    cardStates(userId, sql),
  ]);

  const byDay = totalsByStudyDay(buckets, timeZone, dayStartHour);
  const reviewsByDay = new Map([...byDay].map(([day, total]) => [day, total.count]));

  const intervals = intervalsBefore(answers, MATURE_INTERVAL_DAYS);
  const answerDays = studyDaysOf(answers.map((a) => a.at), timeZone, dayStartHour);
  const dated = answers.map((a, i) => ({
    day: answerDays[i] ?? today,
    rating: a.rating,
    stateBefore: a.stateBefore,
    intervalDays: intervals[i] ?? MATURE_INTERVAL_DAYS,
  }));

  const recall = retrievabilityFor(profile.params);
  const started = cards.filter((c) => c.state !== "new");
  const recallByCard = new Map(
    started.map((c) => [
      c.cardId,
      recall({ state: CARD_PHASES.find((p) => p === c.state) ?? "review", stability: c.stability, lastReview: c.lastReview }, now),
    ]),
  );
  const topicCards = library.cards.flatMap((card) => {
    const note = library.noteById.get(card.noteId);
    return note ? [{ cardId: card.id, area: note.area, tags: note.frontMatter.tags }] : [];
  });

  // A buried card comes back when its burial ends, even if it fell due before.
  const scheduled = started.filter((c) => !c.suspended);
  const dueAt = scheduled.map((c) => Math.max(c.due.getTime(), c.buriedUntil?.getTime() ?? 0));
  const dueDays = studyDaysOf(dueAt, timeZone, dayStartHour);
  const dueByDay = new Map<DayKey, number>();
  for (const day of dueDays) dueByDay.set(day, (dueByDay.get(day) ?? 0) + 1);

  // Leeches of the library's cards (a card whose note was deleted has nothing to re-read).
  const leeches = leechList(
    started.filter((c) => library.cardById.has(c.cardId)),
    LEECHES_LISTED,
  );

  return {
    today,
    timeZone,
    dayStartHour,
    desiredRetention,
    totals: {
      reviews: buckets.reduce((sum, b) => sum + b.count, 0),
      imported: buckets.reduce((sum, b) => sum + b.imported, 0),
      daysStudied: byDay.size,
    },
    heatmap: buildHeatmap(reviewsByDay, today),
    streaks: studyStreaks(reviewsByDay.keys(), today),
    retention: weeklyRetention(dated, today, RETENTION_WEEKS),
    forecast: dueForecast(dueByDay, today),
    mastery: topicMastery(topicCards, recallByCard),
    time: timeSpent(byDay, today),
    leeches: {
      total: leeches.total,
      cards: leeches.cards.flatMap((leech) => {
        const card = library.cardById.get(leech.cardId);
        if (!card) return [];
        const noteTitle = library.noteById.get(card.noteId)?.title ?? card.noteId;
        const { cardId, lapses, suspended } = leech;
        return [{ cardId, noteId: card.noteId, noteTitle, prompt: plainLines(card.prompt).join(" "), lapses, suspended }];
      }),
    },
  };
}

import "server-only";
import { z } from "zod";
import {
  addDays,
  buildQueue,
  dayWindow,
  DEFAULT_SCHEDULER_PARAMS,
  DEFAULT_STUDY_SETTINGS,
  fsrsWeightsSchema,
  studyDay,
  studySettingsSchema,
  type CardState,
  type DayWindow,
  type SchedulerParams,
  type StudyQueue,
  type StudySettings,
} from "@/lib/srs";
import { db, type Db } from "@/lib/db";
import { STATE_SQL_COLUMNS, stateRowFromSql, toCardState } from "@/lib/db/card-state-row";
import { questionMarks, sqlBoolean, sqlDate, sqlDateOrNull, sqlNumber, sqlSession, type SqlArg, type SqlSession } from "@/lib/db/sql";
import { readSettingsRow, saveExtraNewCards } from "@/lib/db/settings";
import type { LibraryIndex } from "./library";

export interface StudyProfile {
  settings: StudySettings;
  params: SchedulerParams;
  /** Fitted FSRS weights are in use. */
  optimized: boolean;
  /** New cards allowed over the daily limit, and the study day they are for (see saveExtraNewCards). */
  extraNew: { day: string; count: number } | null;
}

function parseJsonArray(text: string | null | undefined): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The user's settings (defaults until they save some) and the scheduler parameters they imply. */
export async function getStudyProfile(userId: string, client: Db = db()): Promise<StudyProfile> {
  const row = await readSettingsRow(userId, client);
  const parsed = studySettingsSchema.safeParse(
    row
      ? {
          desiredRetention: row.desiredRetention,
          newPerDay: row.newPerDay,
          maxReviewsPerDay: row.maxReviewsPerDay,
          timeZone: row.timeZone,
          dayStartHour: row.dayStartHour,
          studyTags: parseJsonArray(row.studyTags) ?? [],
        }
      : {},
  );
  const settings = parsed.success ? parsed.data : studySettingsSchema.parse(DEFAULT_STUDY_SETTINGS);
  const weights = fsrsWeightsSchema.safeParse(parseJsonArray(row?.fsrsWeights));
  return {
    settings,
    params: {
      ...DEFAULT_SCHEDULER_PARAMS,
      desiredRetention: settings.desiredRetention,
      weights: weights.success ? weights.data : null,
    },
    optimized: weights.success,
    extraNew: row?.extraNewDay && row.extraNew > 0 ? { day: row.extraNewDay, count: row.extraNew } : null,
  };
}

/**
 * "Learn more new cards today" (Anki's custom study): allows `extra` new cards over the daily
 * limit for the user's current study day only. The total is set, not added, so a retried
 * request changes nothing more.
 */
export async function allowExtraNewCards(userId: string, extra: number, now: Date, client: Db = db()): Promise<void> {
  const { settings } = await getStudyProfile(userId, client);
  await saveExtraNewCards(userId, studyDay(now, settings.timeZone, settings.dayStartHour), extra, client);
}

/** A card's stored scheduling state as the review loop needs it to answer the card. */
export interface StoredCardState {
  /** Null for a card never answered (introduced or not): the scheduler treats it as new. */
  state: CardState | null;
  /** The card-state version (0 = never introduced). */
  version: number;
}

export interface TodayQueue {
  day: string;
  window: DayWindow;
  queue: StudyQueue;
  doneToday: { total: number; newIntroduced: number; reviews: number; timeMs: number };
  /** Reviews due tomorrow (for the end-of-day screen). */
  dueTomorrow: number;
  /** End of tomorrow's study day: what the session answers that falls due before it adds to dueTomorrow. */
  tomorrowEnd: Date;
  /** New cards allowed today over the setting ("learn more new cards today"). */
  extraNew: number;
}

/** Whether a card's note matches the user's chosen areas/tags (none chosen = everything). */
function studyFilter(library: LibraryIndex, tags: readonly string[]): (cardId: string) => boolean {
  if (tags.length === 0) return () => true;
  const wanted = new Set(tags);
  return (cardId) => {
    const card = library.cardById.get(cardId);
    const note = card ? library.noteById.get(card.noteId) : undefined;
    return Boolean(note && (wanted.has(note.area) || note.frontMatter.tags.some((t) => wanted.has(t))));
  };
}

/** The notes of the user's chosen areas/tags, or null for everything. */
function wantedNoteIds(library: LibraryIndex, tags: readonly string[]): string[] | null {
  if (tags.length === 0) return null;
  const wanted = new Set(tags);
  return library.notes.filter((n) => wanted.has(n.area) || n.frontMatter.tags.some((t) => wanted.has(t))).map((n) => n.id);
}

const ID_SEPARATOR = "\u001f";
const aggregatedIds = z.array(z.object({ ids: z.string().nullable() }));

/**
 * Ids of the user's cards answered at least once, read as one aggregated string: thousands of
 * ids in a single row instead of thousands of rows (string_agg: SQLite ≥ 3.44, PostgreSQL).
 */
async function answeredCardIds(userId: string, sql: SqlSession): Promise<string[]> {
  const rows = await sql.select(`SELECT string_agg("cardId", ?) AS "ids" FROM "CardState" WHERE "userId" = ? AND "state" <> 'new'`, [
    [ID_SEPARATOR, "string"],
    [userId, "string"],
  ]);
  const ids = aggregatedIds.parse(rows)[0]?.ids;
  return ids ? ids.split(ID_SEPARATOR) : [];
}

const DAY_MS = 86_400_000;
/** The Julian day number of 1970-01-01T00:00Z, as SQLite's julianday() counts. */
const UNIX_EPOCH_JULIAN_DAY = 2_440_587.5;

/**
 * Due reviews in the order the queue takes them, lowest retrievability first. With one decay
 * for all of a user's cards, FSRS's forgetting curve falls as (days since the last review) /
 * stability grows, so the database ranks by that ratio and returns only what a day can take
 * instead of every overdue card; buildQueue then ranks these few exactly. Cards with no last
 * review or no stability have retrievability 0 and come first, as retrievabilityFor says.
 */
function rankedReviewsSql(provider: SqlSession["provider"], where: string, now: Date): { text: string; now: SqlArg } {
  // On SQLite `now` goes in as a Julian day number: parsing it per row cost ~25% of the read.
  const elapsedDays =
    provider === "sqlite"
      ? `MAX(0, ? - julianday("lastReview"))`
      : `GREATEST(0, EXTRACT(EPOCH FROM (CAST(? AS timestamp(3)) - "lastReview")) / 86400)`;
  const unknown = `"lastReview" IS NULL OR "stability" <= 0`;
  // Byte order for the last tie-break, like the queue's own comparison of ids.
  const cardId = provider === "sqlite" ? `"cardId"` : `"cardId" COLLATE "C"`;
  // Only what ranking needs: a day's limit of full rows (15 columns, dates as text on SQLite)
  // cost more to read into JavaScript than the ranking itself.
  const text = `SELECT "cardId", "due", "stability", "lastReview" FROM "CardState" WHERE ${where} AND "state" = 'review'
    ORDER BY CASE WHEN ${unknown} THEN 0 ELSE 1 END,
      CASE WHEN ${unknown} THEN NULL ELSE ${elapsedDays} / "stability" END DESC,
      "due" ASC, ${cardId} ASC
    LIMIT ? OFFSET ?`;
  return { text, now: provider === "sqlite" ? [now.getTime() / DAY_MS + UNIX_EPOCH_JULIAN_DAY, "float"] : [now, "datetime"] };
}

/** What the queue ranks a due review by; the full state is read only for the cards shown. */
interface DueReview {
  cardId: string;
  due: Date;
  stability: number;
  lastReview: Date | null;
}

/**
 * The first `limit` usable due reviews in queue order, read a page at a time: cards no longer
 * in the library (their notes deleted) are skipped without crowding out the ones that are.
 */
async function dueReviews(
  sql: SqlSession,
  where: string,
  args: readonly SqlArg[],
  now: Date,
  limit: number,
  usable: (cardId: string) => boolean,
): Promise<DueReview[]> {
  const page = Math.max(limit, 200);
  const ranked = rankedReviewsSql(sql.provider, where, now);
  const found: DueReview[] = [];
  for (let offset = 0; found.length < limit; offset += page) {
    const rows = await sql.select(ranked.text, [...args, ranked.now, [page, "int"], [offset, "int"]]);
    for (const row of rows) {
      const cardId = String(row.cardId);
      if (usable(cardId)) found.push({ cardId, due: sqlDate(row.due), stability: sqlNumber(row.stability), lastReview: sqlDateOrNull(row.lastReview) });
    }
    if (rows.length < page) break;
  }
  return found.slice(0, limit);
}

/**
 * Today's queue for a user: due learning cards, then due reviews (lowest retrievability first),
 * then new cards in library order, within the user's limits. Reads only the rows it needs:
 * learning cards due today, the reviews the day's limit can take (ranked by the database),
 * today's answers, and the ids of answered cards (as one row).
 */
export async function getTodayQueue(
  userId: string,
  now: Date,
  library: LibraryIndex,
  profile: StudyProfile,
  client: Db = db(),
): Promise<TodayQueue> {
  const { settings, params } = profile;
  const day = studyDay(now, settings.timeZone, settings.dayStartHour);
  const extraNew = profile.extraNew?.day === day ? profile.extraNew.count : 0;
  const window = dayWindow(day, settings.timeZone, settings.dayStartHour);
  // Tomorrow is 23 or 25 hours long across a DST change.
  const tomorrowEnd = dayWindow(addDays(day, 1), settings.timeZone, settings.dayStartHour).end;
  const notes = wantedNoteIds(library, settings.studyTags);
  // The hottest read of the app (every Today page, every batch): SQL on Prisma's adapter (see
  // lib/db/sql.ts), which saved most of its CPU time over six Prisma queries.
  const sql = await sqlSession(client);
  const noteFilter = notes === null ? "" : notes.length === 0 ? ` AND 1 = 0` : ` AND "noteId" IN (${questionMarks(notes.length)})`;
  const noteArgs: SqlArg[] = (notes ?? []).map((id) => [id, "string"]);
  const dueToday = `"userId" = ? AND "suspended" = ? AND "due" < ? AND ("buriedUntil" IS NULL OR "buriedUntil" <= ?)${noteFilter}`;
  const dueTodayArgs: SqlArg[] = [[userId, "string"], [false, "boolean"], [window.end, "datetime"], [now, "datetime"], ...noteArgs];

  const wanted = studyFilter(library, settings.studyTags);
  const usable = (cardId: string) => library.cardById.has(cardId) && wanted(cardId);

  const [learningSql, reviews, todayLogs, answered, newSql, tomorrow] = await Promise.all([
    // Started cards are never limited, so they are read apart from the (limited) reviews:
    // a backlog of overdue reviews must not crowd them out of the read.
    sql.select(`SELECT ${STATE_SQL_COLUMNS} FROM "CardState" WHERE ${dueToday} AND "state" IN ('learning', 'relearning')`, dueTodayArgs),
    // At most a day's limit of them can be shown, whatever was done today already.
    dueReviews(sql, dueToday, dueTodayArgs, now, settings.maxReviewsPerDay, usable),
    sql.select(
      `SELECT "state", COUNT(*) AS "answers", SUM("durationMs") AS "durationMs" FROM "ReviewLog" WHERE "userId" = ? AND "reviewedAt" >= ? AND "reviewedAt" < ? AND "source" <> 'import' GROUP BY "state"`,
      [[userId, "string"], [window.start, "datetime"], [window.end, "datetime"]],
    ),
    answeredCardIds(userId, sql),
    // Cards introduced but never answered (suspended or buried before their first answer): few.
    sql.select(`SELECT "cardId", "suspended", "buriedUntil" FROM "CardState" WHERE "userId" = ? AND "state" = 'new'`, [[userId, "string"]]),
    sql.select(`SELECT COUNT(*) AS "due" FROM "CardState" WHERE "userId" = ? AND "suspended" = ? AND "state" <> 'new' AND "due" >= ? AND "due" < ?`, [
      [userId, "string"],
      [false, "boolean"],
      [window.end, "datetime"],
      [tomorrowEnd, "datetime"],
    ]),
  ]);
  const dueTomorrow = sqlNumber(tomorrow[0]?.due ?? 0);
  const learningRows = learningSql.map(stateRowFromSql);
  const newRows = newSql.map((r) => ({
    cardId: String(r.cardId),
    suspended: sqlBoolean(r.suspended),
    buriedUntil: sqlDateOrNull(r.buriedUntil),
  }));

  const counted = (state: string) => sqlNumber(todayLogs.find((l) => l.state === state)?.answers ?? 0);
  const doneToday = {
    total: todayLogs.reduce((sum, l) => sum + sqlNumber(l.answers), 0),
    newIntroduced: counted("new"),
    reviews: counted("review"),
    timeMs: todayLogs.reduce((sum, l) => sum + sqlNumber(l.durationMs ?? 0), 0),
  };

  // Cards already answered, suspended or buried are not offered as new; a new card merely
  // buried yesterday is offered again.
  const takenIds = new Set(answered);
  for (const r of newRows) if (r.suspended || (r.buriedUntil !== null && r.buriedUntil > now)) takenIds.add(r.cardId);
  const learning = learningRows.filter((r) => usable(r.cardId));

  const queue = buildQueue({
    now,
    dayEnd: window.end,
    cards: [
      ...learning.map((r) => ({ cardId: r.cardId, due: r.due, stability: r.stability, lastReview: r.lastReview, state: toCardState(r).state })),
      ...reviews.map((r) => ({ ...r, state: "review" as const })),
    ],
    newCardIds: library.newCardOrder.filter((id) => !takenIds.has(id) && wanted(id)),
    doneToday: { newIntroduced: doneToday.newIntroduced, reviews: doneToday.reviews },
    settings: { ...settings, newPerDay: settings.newPerDay + extraNew },
    params,
    learnAheadMinutes: 20,
  });
  return { day, window, queue, doneToday, dueTomorrow, tomorrowEnd, extraNew };
}

/**
 * The stored state and version of each of `cardIds` (the cards a page is about to show), by
 * card id; a card never introduced is absent. One read by the [userId, cardId] key.
 */
export async function readCardStates(userId: string, cardIds: readonly string[], client: Db = db()): Promise<Map<string, StoredCardState>> {
  const states = new Map<string, StoredCardState>();
  if (cardIds.length === 0) return states;
  const sql = await sqlSession(client);
  const rows = await sql.select(`SELECT ${STATE_SQL_COLUMNS} FROM "CardState" WHERE "userId" = ? AND "cardId" IN (${questionMarks(cardIds.length)})`, [
    [userId, "string"],
    ...cardIds.map((id): SqlArg => [id, "string"]),
  ]);
  for (const row of rows.map(stateRowFromSql)) {
    states.set(row.cardId, { state: row.state === "new" ? null : toCardState(row), version: row.version });
  }
  return states;
}

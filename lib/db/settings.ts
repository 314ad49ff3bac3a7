import "server-only";
import { fsrsWeightsSchema, type StudySettings } from "@/lib/srs";
import { db, type Db } from "./index";
import { sqlNumber, sqlSession } from "./sql";

/** Writes a user's study settings (validated by `studySettingsSchema`); fitted weights are kept. */
export async function saveStudySettings(userId: string, settings: StudySettings, client: Db = db()): Promise<void> {
  const data = {
    desiredRetention: settings.desiredRetention,
    newPerDay: settings.newPerDay,
    maxReviewsPerDay: settings.maxReviewsPerDay,
    timeZone: settings.timeZone,
    dayStartHour: settings.dayStartHour,
    studyTags: JSON.stringify(settings.studyTags),
  };
  await client.userSettings.upsert({ where: { userId }, update: data, create: { userId, ...data } });
}

/** Puts fitted FSRS weights in force for a user (null goes back to the defaults). */
export async function saveFsrsWeights(
  userId: string,
  weights: readonly number[] | null,
  client: Pick<Db, "userSettings"> = db(),
): Promise<void> {
  const fsrsWeights = weights === null ? null : JSON.stringify(fsrsWeightsSchema.parse([...weights]));
  await client.userSettings.upsert({ where: { userId }, update: { fsrsWeights }, create: { userId, fsrsWeights } });
}

/**
 * "Learn more new cards today": `extra` new cards over the daily limit on study day `day` only
 * (the next day the limit is the setting again). The total is set, not added to, so a request
 * sent twice leaves the same allowance.
 */
export async function saveExtraNewCards(userId: string, day: string, extra: number, client: Pick<Db, "userSettings"> = db()): Promise<void> {
  const data = { extraNewDay: day, extraNew: extra };
  await client.userSettings.upsert({ where: { userId }, update: data, create: { userId, ...data } });
}

/** A user's stored settings row as plain values, or null before they save any. */
export interface SettingsRow {
  desiredRetention: number;
  newPerDay: number;
  maxReviewsPerDay: number;
  timeZone: string;
  dayStartHour: number;
  studyTags: string;
  fsrsWeights: string | null;
  /** Study day (YYYY-MM-DD) on which `extraNew` more new cards are allowed, or null. */
  extraNewDay: string | null;
  extraNew: number;
}

/**
 * Reads a user's settings row. Every answer and every Today page needs it, so it is one SQL
 * statement on Prisma's adapter (see ./sql) rather than a Prisma query (~0.5 ms of CPU each).
 */
export async function readSettingsRow(userId: string, client: Db = db()): Promise<SettingsRow | null> {
  const sql = await sqlSession(client);
  const [row] = await sql.select(
    `SELECT "desiredRetention", "newPerDay", "maxReviewsPerDay", "timeZone", "dayStartHour", "studyTags", "fsrsWeights", "extraNewDay", "extraNew" FROM "UserSettings" WHERE "userId" = ?`,
    [[userId, "string"]],
  );
  if (!row) return null;
  return {
    desiredRetention: sqlNumber(row.desiredRetention),
    newPerDay: sqlNumber(row.newPerDay),
    maxReviewsPerDay: sqlNumber(row.maxReviewsPerDay),
    timeZone: String(row.timeZone),
    dayStartHour: sqlNumber(row.dayStartHour),
    studyTags: String(row.studyTags),
    fsrsWeights: typeof row.fsrsWeights === "string" ? row.fsrsWeights : null,
    extraNewDay: typeof row.extraNewDay === "string" ? row.extraNewDay : null,
    extraNew: sqlNumber(row.extraNew),
  };
}

import "server-only";
import { fsrsWeightsSchema, type StudySettings } from "@/lib/srs";
import { db, type Db } from "./index";

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

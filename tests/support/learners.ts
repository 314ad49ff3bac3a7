// Each integration test gets its own learner: a fresh user, optionally with study settings.
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db";
import { saveStudySettings } from "@/lib/db/settings";
import { studySettingsSchema, type StudySettingsInput } from "@/lib/srs";

/** A new user (email `${tag}-<unique>@example.test`), with `settings` saved when given. */
export async function createLearner(db: Db, tag: string, settings?: StudySettingsInput): Promise<string> {
  const user = await db.user.create({ data: { email: `${tag}-${randomUUID()}@example.test`, name: tag } });
  if (settings) await saveStudySettings(user.id, studySettingsSchema.parse(settings), db);
  return user.id;
}

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

const DAY_MS = 86_400_000;

/**
 * A CardState row in the review phase (stability 3, two reps), due at `due`, last reviewed
 * three days before it, for tests that need cards already on a learner's schedule.
 */
export function reviewRow(userId: string, cardId: string, noteId: string, due: Date, introducedAt: Date) {
  return {
    userId,
    cardId,
    noteId,
    due,
    stability: 3,
    difficulty: 5,
    elapsedDays: 3,
    scheduledDays: 3,
    learningSteps: 0,
    reps: 2,
    lapses: 0,
    state: "review",
    lastReview: new Date(due.getTime() - 3 * DAY_MS),
    version: 1,
    introducedAt,
  };
}

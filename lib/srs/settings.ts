import { z } from "zod";
import { isValidTimeZone } from "./study-day";

export const DEFAULT_STUDY_SETTINGS = {
  desiredRetention: 0.9,
  newPerDay: 20,
  maxReviewsPerDay: 200,
  timeZone: "UTC",
  dayStartHour: 4,
  studyTags: [] as string[],
};

/**
 * A user's study settings: one schema for the settings form and the server action.
 * Numbers are coerced so FormData strings parse; an empty tag list means "study all".
 */
export const studySettingsSchema = z.object({
  desiredRetention: z.coerce
    .number()
    .min(0.7, "Desired retention must be at least 0.70")
    .max(0.97, "Desired retention must be at most 0.97")
    .default(DEFAULT_STUDY_SETTINGS.desiredRetention),
  newPerDay: z.coerce
    .number()
    .int("New cards per day must be a whole number")
    .min(0, "New cards per day cannot be negative")
    .max(9999, "New cards per day must be at most 9999")
    .default(DEFAULT_STUDY_SETTINGS.newPerDay),
  maxReviewsPerDay: z.coerce
    .number()
    .int("Maximum reviews per day must be a whole number")
    .min(0, "Maximum reviews per day cannot be negative")
    .max(9999, "Maximum reviews per day must be at most 9999")
    .default(DEFAULT_STUDY_SETTINGS.maxReviewsPerDay),
  timeZone: z
    .string()
    .trim()
    .refine(isValidTimeZone, "Unknown time zone (use an IANA name such as Europe/Paris)")
    .default(DEFAULT_STUDY_SETTINGS.timeZone),
  dayStartHour: z.coerce
    .number()
    .int("Day start must be a whole hour")
    .min(0, "Day start must be between 0 and 23")
    .max(23, "Day start must be between 0 and 23")
    .default(DEFAULT_STUDY_SETTINGS.dayStartHour),
  studyTags: z
    .array(z.string().trim().min(1, "A tag cannot be empty"))
    .transform((tags) => [...new Set(tags)])
    .default([]),
});

export type StudySettings = z.output<typeof studySettingsSchema>;
export type StudySettingsInput = z.input<typeof studySettingsSchema>;

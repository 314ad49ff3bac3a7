import { z } from "zod";
import { studySettingsSchema, type StudySettings } from "@/lib/srs";

// The settings form's view of `studySettingsSchema`: the same rules, but a blank or
// non-numeric box is an error to show, not a value to coerce (a blank would become 0).

/** A number typed in a box: present and numeric first, then the settings schema's own rules. */
function typedNumber<T extends z.ZodType>(what: string, rules: T) {
  return z
    .string()
    .trim()
    .min(1, `Enter ${what}`)
    .regex(/^-?(\d+\.?\d*|\.\d+)$/, `Enter ${what} as a number`)
    .transform((text): unknown => text) // the rules below coerce it themselves
    .pipe(rules);
}

const shape = studySettingsSchema.shape;

export const studySettingsFormSchema = studySettingsSchema.extend({
  desiredRetention: typedNumber("a desired retention", shape.desiredRetention),
  newPerDay: typedNumber("how many new cards a day", shape.newPerDay),
  maxReviewsPerDay: typedNumber("the most reviews a day", shape.maxReviewsPerDay),
  dayStartHour: typedNumber("the hour your day starts", shape.dayStartHour),
  timeZone: z
    .string()
    .trim()
    .min(1, "Choose a time zone")
    .transform((text): unknown => text)
    .pipe(shape.timeZone),
});

export type SettingsField = keyof StudySettings;

/** What the form submitted, as text, to put back in the form (kept on error). */
export interface SettingsValues {
  desiredRetention: string;
  newPerDay: string;
  maxReviewsPerDay: string;
  timeZone: string;
  dayStartHour: string;
  studyTags: string[];
}

export interface SettingsFormState {
  status: "idle" | "error" | "saved";
  message?: string;
  fieldErrors?: Partial<Record<SettingsField, string>>;
  values: SettingsValues;
}

export function settingsValues(settings: StudySettings): SettingsValues {
  return {
    desiredRetention: settings.desiredRetention.toFixed(2),
    newPerDay: String(settings.newPerDay),
    maxReviewsPerDay: String(settings.maxReviewsPerDay),
    timeZone: settings.timeZone,
    dayStartHour: String(settings.dayStartHour),
    studyTags: [...settings.studyTags],
  };
}

export function settingsValuesFromForm(data: FormData): SettingsValues {
  const text = (name: string) => {
    const value = data.get(name);
    return typeof value === "string" ? value : "";
  };
  return {
    desiredRetention: text("desiredRetention"),
    newPerDay: text("newPerDay"),
    maxReviewsPerDay: text("maxReviewsPerDay"),
    timeZone: text("timeZone"),
    dayStartHour: text("dayStartHour"),
    studyTags: data.getAll("studyTags").filter((v): v is string => typeof v === "string"),
  };
}

import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/auth/validation";
import { DEFAULT_STUDY_SETTINGS, studySettingsSchema } from "@/lib/srs";
import { settingsValues, studySettingsFormSchema, type SettingsValues } from "@/lib/study/settings-form";

const valid: SettingsValues = {
  desiredRetention: "0.85",
  newPerDay: "3",
  maxReviewsPerDay: "150",
  timeZone: "Asia/Tokyo",
  dayStartHour: "5",
  studyTags: ["consensus", "consensus", "replication"],
};

function errors(values: Partial<SettingsValues>) {
  const parsed = studySettingsFormSchema.safeParse({ ...valid, ...values });
  return parsed.success ? {} : fieldErrorsOf(parsed.error);
}

describe("studySettingsFormSchema", () => {
  it("parses the form's text into the settings the server stores", () => {
    expect(studySettingsFormSchema.parse(valid)).toEqual({
      desiredRetention: 0.85,
      newPerDay: 3,
      maxReviewsPerDay: 150,
      timeZone: "Asia/Tokyo",
      dayStartHour: 5,
      studyTags: ["consensus", "replication"],
    });
  });

  it("applies the settings schema's own limits, one message per field", () => {
    expect(errors({ desiredRetention: "0.69" })).toEqual({ desiredRetention: "Desired retention must be at least 0.70" });
    expect(errors({ desiredRetention: "0.98" })).toEqual({ desiredRetention: "Desired retention must be at most 0.97" });
    expect(errors({ newPerDay: "2.5" })).toEqual({ newPerDay: "New cards per day must be a whole number" });
    expect(errors({ maxReviewsPerDay: "-1" })).toEqual({ maxReviewsPerDay: "Maximum reviews per day cannot be negative" });
    expect(errors({ dayStartHour: "24" })).toEqual({ dayStartHour: "Day start must be between 0 and 23" });
    expect(errors({ timeZone: "Mars/Olympus" })).toEqual({ timeZone: "Unknown time zone (use an IANA name such as Europe/Paris)" });
  });

  it("refuses a blank or non-numeric box instead of reading it as 0", () => {
    expect(errors({ newPerDay: "" })).toEqual({ newPerDay: "Enter how many new cards a day" });
    expect(errors({ newPerDay: "   " })).toEqual({ newPerDay: "Enter how many new cards a day" });
    expect(errors({ maxReviewsPerDay: "lots" })).toEqual({ maxReviewsPerDay: "Enter the most reviews a day as a number" });
    expect(errors({ desiredRetention: "90%" })).toEqual({ desiredRetention: "Enter a desired retention as a number" });
    expect(errors({ timeZone: "" })).toEqual({ timeZone: "Choose a time zone" });
  });

  it("round-trips stored settings through the form's text", () => {
    const stored = studySettingsSchema.parse({ ...DEFAULT_STUDY_SETTINGS, desiredRetention: 0.7, studyTags: ["time"] });
    expect(studySettingsFormSchema.parse(settingsValues(stored))).toEqual(stored);
  });
});

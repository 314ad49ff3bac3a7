import { describe, expect, it } from "vitest";
import { DEFAULT_STUDY_SETTINGS, studySettingsSchema } from "@/lib/srs";

describe("studySettingsSchema", () => {
  it("fills every default from an empty object", () => {
    expect(studySettingsSchema.parse({})).toEqual(DEFAULT_STUDY_SETTINGS);
    expect(DEFAULT_STUDY_SETTINGS).toMatchObject({ desiredRetention: 0.9, newPerDay: 20, maxReviewsPerDay: 200, dayStartHour: 4 });
  });

  it("accepts FormData-style strings", () => {
    const parsed = studySettingsSchema.parse({
      desiredRetention: "0.85",
      newPerDay: "15",
      maxReviewsPerDay: "300",
      timeZone: " Asia/Kolkata ",
      dayStartHour: "0",
      studyTags: ["consensus", "replication", "consensus"],
    });
    expect(parsed).toEqual({
      desiredRetention: 0.85,
      newPerDay: 15,
      maxReviewsPerDay: 300,
      timeZone: "Asia/Kolkata",
      dayStartHour: 0,
      studyTags: ["consensus", "replication"],
    });
  });

  it.each([
    ["desiredRetention", 0.69],
    ["desiredRetention", 0.98],
    ["newPerDay", -1],
    ["newPerDay", 10000],
    ["newPerDay", 2.5],
    ["maxReviewsPerDay", -5],
    ["dayStartHour", 24],
    ["timeZone", "Nowhere/City"],
    ["studyTags", [""]],
  ])("rejects %s = %j with a message on that field", (field, value) => {
    const result = studySettingsSchema.safeParse({ [field]: value });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(field === "studyTags" ? ["studyTags", 0] : [field]);
    expect(result.error?.issues[0]?.message).toMatch(/\w/);
  });

  it("accepts the bounds", () => {
    for (const desiredRetention of [0.7, 0.97]) {
      expect(studySettingsSchema.safeParse({ desiredRetention }).success).toBe(true);
    }
    expect(studySettingsSchema.safeParse({ newPerDay: 0, dayStartHour: 23, maxReviewsPerDay: 9999 }).success).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { addDays, dayWindow, isValidTimeZone, studyDay, SrsError } from "@/lib/srs";
import { pickInt, prng } from "./prng";

const HOUR = 3_600_000;
const at = (iso: string) => new Date(iso);
const hours = (w: { start: Date; end: Date }) => (w.end.getTime() - w.start.getTime()) / HOUR;

describe("studyDay", () => {
  it("counts the hours before the day-start hour as the previous day", () => {
    // 03:59 and 04:00 on 2024-06-15 in Los Angeles (UTC-7 in summer).
    expect(studyDay(at("2024-06-15T10:59:59Z"), "America/Los_Angeles", 4)).toBe("2024-06-14");
    expect(studyDay(at("2024-06-15T11:00:00Z"), "America/Los_Angeles", 4)).toBe("2024-06-15");
    expect(studyDay(at("2024-06-15T06:59:59Z"), "America/Los_Angeles", 0)).toBe("2024-06-14");
    expect(studyDay(at("2024-06-15T07:00:00Z"), "America/Los_Angeles", 0)).toBe("2024-06-15");
  });

  it("handles half-hour offsets (Asia/Kolkata, UTC+5:30)", () => {
    expect(studyDay(at("2024-01-09T22:29:59Z"), "Asia/Kolkata", 4)).toBe("2024-01-09");
    expect(studyDay(at("2024-01-09T22:30:00Z"), "Asia/Kolkata", 4)).toBe("2024-01-10");
  });

  it("is ahead of UTC in Pacific/Auckland", () => {
    // 2024-07-01 15:00 UTC is 2024-07-02 03:00 NZST: still the 1st with a 4 am start.
    expect(studyDay(at("2024-07-01T15:00:00Z"), "Pacific/Auckland", 4)).toBe("2024-07-01");
    expect(studyDay(at("2024-07-01T16:00:00Z"), "Pacific/Auckland", 4)).toBe("2024-07-02");
  });

  it("rejects unknown zones and bad hours", () => {
    expect(() => studyDay(at("2024-01-01T00:00:00Z"), "Mars/Olympus", 4)).toThrow(SrsError);
    expect(() => studyDay(at("2024-01-01T00:00:00Z"), "UTC", 24)).toThrow(SrsError);
    expect(isValidTimeZone("Europe/Paris")).toBe(true);
    expect(isValidTimeZone("Europe/Pariss")).toBe(false);
  });
});

describe("dayWindow", () => {
  it("starts and ends at the local day-start hour", () => {
    const window = dayWindow("2024-01-10", "Asia/Kolkata", 4);
    expect(window.start.toISOString()).toBe("2024-01-09T22:30:00.000Z");
    expect(window.end.toISOString()).toBe("2024-01-10T22:30:00.000Z");
  });

  it("is 23 and 25 hours long across Los Angeles's DST changes", () => {
    const spring = dayWindow("2024-03-09", "America/Los_Angeles", 4);
    expect(spring.start.toISOString()).toBe("2024-03-09T12:00:00.000Z");
    expect(spring.end.toISOString()).toBe("2024-03-10T11:00:00.000Z");
    expect(hours(spring)).toBe(23);
    const fall = dayWindow("2024-11-02", "America/Los_Angeles", 4);
    expect(fall.start.toISOString()).toBe("2024-11-02T11:00:00.000Z");
    expect(hours(fall)).toBe(25);
  });

  it("follows Auckland's southern-hemisphere DST (April back, September forward)", () => {
    const back = dayWindow("2024-04-06", "Pacific/Auckland", 4);
    expect(back.start.toISOString()).toBe("2024-04-05T15:00:00.000Z"); // 04:00 NZDT (UTC+13)
    expect(hours(back)).toBe(25);
    const forward = dayWindow("2024-09-28", "Pacific/Auckland", 4);
    expect(forward.start.toISOString()).toBe("2024-09-27T16:00:00.000Z"); // 04:00 NZST (UTC+12)
    expect(hours(forward)).toBe(23);
  });

  it("starts when the clock resumes if the day-start hour is skipped", () => {
    // 02:00 does not exist in Los Angeles on 2024-03-10: the day starts at 03:00 PDT.
    expect(dayWindow("2024-03-10", "America/Los_Angeles", 2).start.toISOString()).toBe("2024-03-10T10:00:00.000Z");
  });

  it("starts at the first of two 01:00s when the clock falls back", () => {
    expect(dayWindow("2024-11-03", "America/Los_Angeles", 1).start.toISOString()).toBe("2024-11-03T08:00:00.000Z");
  });

  it("tiles time: every instant lies in the window of its own study day", () => {
    const zones = ["America/Los_Angeles", "Asia/Kolkata", "Pacific/Auckland", "Europe/London", "UTC", "Australia/Lord_Howe"];
    const next = prng(2024);
    for (let k = 0; k < 400; k += 1) {
      const zone = zones[k % zones.length] ?? "UTC";
      const hour = pickInt(next, 0, 23);
      const now = new Date(Date.UTC(2023, 0, 1) + Math.floor(next() * 2 * 365 * 24 * HOUR));
      const day = studyDay(now, zone, hour);
      const window = dayWindow(day, zone, hour);
      expect(window.start.getTime()).toBeLessThanOrEqual(now.getTime());
      expect(window.end.getTime()).toBeGreaterThan(now.getTime());
      expect(dayWindow(addDays(day, 1), zone, hour).start).toEqual(window.end);
      expect(studyDay(new Date(window.start.getTime() - 1), zone, hour)).toBe(addDays(day, -1));
    }
  });

  it("rejects a malformed day", () => {
    expect(() => dayWindow("2024-02-30", "UTC", 4)).toThrow(SrsError);
    expect(() => dayWindow("24-01-01", "UTC", 4)).toThrow(SrsError);
  });
});

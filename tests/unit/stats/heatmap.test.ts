import { describe, expect, it } from "vitest";
import { buildHeatmap, dayKey, dayNumber, formatDay, StatsError, weekday, weekStart } from "@/lib/stats";

describe("day arithmetic", () => {
  it("knows the weekday and the week's Monday", () => {
    expect(weekday("2024-01-01")).toBe(0); // a Monday
    expect(weekday("2026-11-22")).toBe(6); // a Sunday
    expect(weekStart("2026-11-22")).toBe("2026-11-16");
    expect(weekStart("2026-11-23")).toBe("2026-11-23");
    expect(weekStart("1969-12-31")).toBe("1969-12-29");
    expect(formatDay("2026-11-03")).toBe("Tue 3 Nov 2026");
    expect(dayKey(dayNumber("2024-02-29") + 1)).toBe("2024-03-01");
    expect(() => dayNumber("2023-02-29")).toThrow(StatsError);
  });
});

describe("buildHeatmap", () => {
  it("lays a year out in Monday-to-Sunday columns ending today", () => {
    const map = buildHeatmap(new Map(), "2026-11-18", 53); // a Wednesday
    expect(map.cells).toHaveLength(52 * 7 + 3);
    expect(map.cells[0]).toMatchObject({ day: "2025-11-17", week: 0, weekday: 0, count: 0, level: 0 });
    expect(map.cells.at(-1)).toMatchObject({ day: "2026-11-18", week: 52, weekday: 2 });
    expect(map.cells.every((c, i) => c.week === Math.floor(i / 7) && c.weekday === i % 7)).toBe(true);
    expect(map).toMatchObject({ total: 0, max: 0, activeDays: 0 });
  });

  it("counts reviews per day, scales levels to the busiest day and ignores days out of range", () => {
    const counts = new Map([
      ["2026-11-18", 40],
      ["2026-11-17", 10],
      ["2026-11-16", 11],
      ["2026-11-15", 30],
      ["2026-11-19", 99], // tomorrow
      ["2020-01-01", 99], // years ago
    ]);
    const map = buildHeatmap(counts, "2026-11-18", 2);
    expect(map.cells.map((c) => c.day)).toEqual([
      "2026-11-09", "2026-11-10", "2026-11-11", "2026-11-12", "2026-11-13", "2026-11-14", "2026-11-15",
      "2026-11-16", "2026-11-17", "2026-11-18",
    ]);
    expect(map.cells.map((c) => c.level)).toEqual([0, 0, 0, 0, 0, 0, 3, 2, 1, 4]);
    expect(map).toMatchObject({ total: 91, max: 40, activeDays: 4 });
  });

  it("labels each month at the column of its first day, never two labels side by side", () => {
    const map = buildHeatmap(new Map(), "2026-11-22", 53);
    expect(map.months.map((m) => m.label)).toEqual(["Dec", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]);
    for (const { week, label } of map.months) {
      const first = map.cells.find((c) => c.week === week && c.day.endsWith("-01"));
      expect(first, label).toBeDefined();
    }
    const gaps = map.months.slice(1).map((m, i) => m.week - (map.months[i]?.week ?? 0));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(3);
  });

  it("rejects a bad week count or day", () => {
    expect(() => buildHeatmap(new Map(), "2026-11-22", 0)).toThrow(StatsError);
    expect(() => buildHeatmap(new Map(), "2026-13-01")).toThrow(StatsError);
  });
});

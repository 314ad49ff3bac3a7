import { describe, expect, it } from "vitest";
import { dueForecast, timeSpent, topicMastery, type TopicCard } from "@/lib/stats";

describe("dueForecast", () => {
  it("counts cards per day for 30 days, overdue ones today", () => {
    const f = dueForecast(
      new Map([
        ["2026-11-01", 4],
        ["2026-11-21", 1],
        ["2026-11-22", 2],
        ["2026-11-23", 5],
        ["2026-12-21", 7], // the 30th day
        ["2026-12-22", 9], // beyond
      ]),
      "2026-11-22",
    );
    expect(f.days).toHaveLength(30);
    expect(f.days[0]).toEqual({ day: "2026-11-22", count: 7 });
    expect(f.days[1]).toEqual({ day: "2026-11-23", count: 5 });
    expect(f.days[29]).toEqual({ day: "2026-12-21", count: 7 });
    expect(f.overdue).toBe(5);
    expect(f.total).toBe(19);
  });
});

describe("topicMastery", () => {
  const cards: TopicCard[] = [
    { cardId: "a1", area: "distributed", tags: ["distributed", "consensus", "interview"] },
    { cardId: "a2", area: "distributed", tags: ["distributed", "consensus"] },
    { cardId: "a3", area: "distributed", tags: ["distributed", "time"] },
    { cardId: "o1", area: "operations", tags: ["operations", "caching", "interview"] },
  ];

  it("averages the retrievability of started cards per area and tag; untouched topics are 0", () => {
    const rows = topicMastery(cards, new Map([["a1", 0.9], ["a2", 0.5], ["a3", 0.7], ["foreign-card", 0.1]]));
    const find = (kind: string, topic: string) => rows.find((r) => r.kind === kind && r.topic === topic);
    expect(find("area", "distributed")).toEqual({ topic: "distributed", kind: "area", cards: 3, started: 3, mastery: expect.closeTo(0.7, 10) });
    expect(find("area", "operations")).toEqual({ topic: "operations", kind: "area", cards: 1, started: 0, mastery: 0 });
    expect(find("tag", "consensus")).toMatchObject({ cards: 2, started: 2, mastery: expect.closeTo(0.7, 10) });
    expect(find("tag", "interview")).toMatchObject({ cards: 2, started: 1, mastery: expect.closeTo(0.9, 10) });
    expect(find("tag", "caching")).toMatchObject({ started: 0, mastery: 0 });
    expect(find("tag", "distributed")).toBeUndefined(); // the area tag is the area row
  });

  it("lists areas first, then tags, busiest first", () => {
    expect(topicMastery(cards, new Map()).map((r) => `${r.kind}:${r.topic}`)).toEqual([
      "area:distributed",
      "area:operations",
      "tag:consensus",
      "tag:interview",
      "tag:caching",
      "tag:time",
    ]);
  });
});

describe("timeSpent", () => {
  it("sums today, the last seven study days and everything", () => {
    const t = timeSpent(
      new Map([
        ["2026-11-22", { count: 1, durationMs: 1000 }],
        ["2026-11-16", { count: 1, durationMs: 200 }],
        ["2026-11-15", { count: 1, durationMs: 30 }],
        ["2025-01-01", { count: 1, durationMs: 4 }],
      ]),
      "2026-11-22",
    );
    expect(t).toEqual({ todayMs: 1000, last7DaysMs: 1200, totalMs: 1234 });
  });
});

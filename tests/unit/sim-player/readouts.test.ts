import { describe, expect, it } from "vitest";
import { createRun, getScenario, type LogEntry, type MetricSample } from "@/lib/sim";
import { describeEntry, formatMetric, liveSummary, sparkline, tailLog } from "@/lib/sim-player";

describe("formatMetric", () => {
  it("formats by unit", () => {
    expect(formatMetric(4.25, "ms")).toBe("4.3 ms");
    expect(formatMetric(478.36, "ms")).toBe("478 ms");
    expect(formatMetric(2345, "ms")).toBe("2.35 s");
    expect(formatMetric(19.87, "%")).toBe("19.9 %");
    expect(formatMetric(0.125, "ratio")).toBe("0.13");
    expect(formatMetric(12345, "count")).toBe("12,345");
    expect(formatMetric(2.5, undefined)).toBe("2.5");
    expect(formatMetric(undefined, "count")).toBe("—");
    expect(formatMetric(Number.NaN, "ms")).toBe("—");
  });

  it("summarises a moment for screen readers with the first metrics", () => {
    const specs = getScenario("retries-idempotency").metricSpecs;
    expect(liveSummary(1500, specs, { requests: 3, retries: 1, ordersCreated: 3, duplicates: 1, dedupHits: 0 })).toBe(
      "At 1.500 s. Orders requested: 3; Retries: 1; Orders created: 3; Duplicate orders: 1.",
    );
  });
});

const entry = (index: number, kind: LogEntry["kind"], extra: Partial<LogEntry> = {}): LogEntry => ({ index, t: index, kind, label: `e${index}`, ...extra });

describe("event log", () => {
  const log = [entry(0, "timer", { node: "n1" }), entry(1, "deliver", { from: "n1", to: "n2" }), entry(2, "drop", { from: "n2", to: "n1", reason: "partition" }), entry(3, "action"), entry(4, "deliver")];
  const all = new Set<LogEntry["kind"]>(["deliver", "drop", "timer", "action"]);

  it("keeps the newest entries up to the cursor, newest first, filtered by kind", () => {
    expect(tailLog(log, 5, all, 3).map((e) => e.index)).toEqual([4, 3, 2]);
    expect(tailLog(log, 3, all, 10).map((e) => e.index)).toEqual([2, 1, 0]);
    expect(tailLog(log, 5, new Set(["deliver"]), 10).map((e) => e.index)).toEqual([4, 1]);
    expect(tailLog(log, 99, new Set(["action"]), 10).map((e) => e.index)).toEqual([3]);
    expect(tailLog(log, 0, all, 10)).toEqual([]);
  });

  it("describes each kind in a line", () => {
    expect(describeEntry(log[0] ?? entry(0, "timer"))).toBe("n1: e0 timer");
    expect(describeEntry(log[1] ?? entry(0, "timer"))).toBe("n1 → n2: e1");
    expect(describeEntry(log[2] ?? entry(0, "timer"))).toBe("n2 → n1: e2 dropped (partition)");
    expect(describeEntry(entry(7, "action", { label: "crash @leader", reason: "no-target" }))).toBe("crash @leader (no such node right now)");
  });
});

describe("sparkline", () => {
  const samples: MetricSample[] = [0, 1, 2, 3, 4].map((i) => ({ t: i * 100, values: { x: i === 4 ? 0 : i } }));

  it("scales time across the width and values across the height, up to the given moment", () => {
    expect(sparkline(samples, "x", 300, 30, 12)).toEqual({ points: "0,11 10,7.7 20,4.3 30,1", min: 0, max: 3 });
    expect(sparkline(samples, "x", 400, 40, 12).points.split(" ")).toHaveLength(5);
  });

  it("draws a flat line in the middle, and nothing for fewer than two samples", () => {
    const flat = samples.map((s) => ({ ...s, values: { x: 5 } }));
    expect(sparkline(flat, "x", 400, 40, 10).points).toBe("0,5 10,5 20,5 30,5 40,5");
    expect(sparkline(samples, "x", 50, 40, 10).points).toBe("");
    expect(sparkline(samples, "missing", 400, 40, 10).points).toBe("");
  });

  it("thins a long series but ends on the latest sample", () => {
    const run = createRun("leader-election", { seed: 1 });
    run.seek(8000);
    const line = sparkline(run.series(), "term", 8000, 100, 20, 30);
    const points = line.points.split(" ");
    expect(points.length).toBeLessThanOrEqual(31);
    expect(points[points.length - 1]).toMatch(/^100,/);
  });
});

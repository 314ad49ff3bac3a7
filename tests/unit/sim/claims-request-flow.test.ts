import { describe, expect, it } from "vitest";
import { createRun, runHeadless } from "@/lib/sim";

describe("request-flow claims", { timeout: 30_000 }, () => {
  it("routes around a killed instance once its health check fails, over many seeds", () => {
    for (let seed = 1; seed <= 40; seed++) {
      const interval = seed % 2 === 0 ? 500 : 300;
      const threshold = 1 + (seed % 3);
      const settings = { killInstanceAtMs: 3000, healthIntervalMs: interval, unhealthyThreshold: threshold };
      const { metrics: m } = runHeadless("request-flow", { seed, settings, untilMs: 8000 });
      const detectionBound = threshold * interval + Math.min(200, interval / 2);
      expect(m.routedToDown).toBeGreaterThan(0);
      expect(m.detectionMs).toBeGreaterThan(0);
      expect(m.detectionMs).toBeLessThanOrEqual(detectionBound);
      expect(m.lastRoutedToDownMs).toBeLessThanOrEqual(3000 + (m.detectionMs ?? 0));
      expect(m.healthyInstances).toBe(2);
      // Every failure is a request that was caught by the dead instance (before eviction).
      expect(m.failed).toBeGreaterThanOrEqual(m.routedToDown ?? 0);
      expect(m.failed).toBeLessThanOrEqual((m.routedToDown ?? 0) + 3);
    }
  });

  it("loses nothing without faults and reports a p95 for every hop", () => {
    for (let seed = 1; seed <= 20; seed++) {
      const { metrics: m } = runHeadless("request-flow", { seed, untilMs: 5000 });
      expect(m.failed).toBe(0);
      expect(m.routedToDown).toBe(0);
      for (const hop of ["lbHopP95", "serviceP95", "dbP95", "endToEndP95", "replicaLagP95"]) expect(m[hop]).toBeGreaterThan(0);
      expect(m.endToEndP95).toBeGreaterThan(m.dbP95 ?? Infinity);
    }
  });

  it("puts a restarted instance back in rotation", () => {
    const run = createRun("request-flow", {
      seed: 4,
      actions: [
        { at: 1000, type: "crash", node: "svc-2" },
        { at: 3000, type: "restart", node: "svc-2" },
      ],
    });
    run.seek(2500);
    expect(run.metrics().healthyInstances).toBe(2);
    run.seek(5000);
    expect(run.metrics().healthyInstances).toBe(3);
  });

  it("shows follower lag that grows with the replication delay", () => {
    const lag = (replicationLagMs: number) =>
      runHeadless("request-flow", { seed: 8, settings: { replicationLagMs }, untilMs: 5000 }).metrics.replicaLagP95 ?? 0;
    expect(lag(400)).toBeGreaterThan(4 * lag(20));
  });
});

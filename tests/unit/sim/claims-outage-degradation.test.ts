import { describe, expect, it } from "vitest";
import { createRun, runHeadless } from "@/lib/sim";

describe("outage-degradation claims", { timeout: 30_000 }, () => {
  it("loses no critical action with the durable queue, and loses some without it", () => {
    for (let seed = 1; seed <= 80; seed++) {
      const queued = runHeadless("outage-degradation", { seed, settings: { queue: true } }).metrics;
      expect(queued.actionsLost).toBe(0);
      expect(queued.breakerTrips).toBeGreaterThan(0);
      expect(queued.backlogDrainMs).toBeGreaterThan(0);
      expect(queued.queueLag).toBeLessThan(100); // drained: only freshly queued actions remain
      expect(queued.maxStalenessServedMs).toBeLessThanOrEqual(5000);
      expect(queued.shed).toBeGreaterThan(0);

      const direct = runHeadless("outage-degradation", { seed, settings: { queue: false } }).metrics;
      expect(direct.actionsLost).toBeGreaterThan(0);
    }
  });

  it("never serves a read staler than the bound", () => {
    let served = 0;
    for (let seed = 1; seed <= 50; seed++) {
      const maxStalenessMs = 200 * (seed % 20);
      const m = runHeadless("outage-degradation", { seed, settings: { maxStalenessMs } }).metrics;
      served += m.staleServed ?? 0;
      expect(m.maxStalenessServedMs).toBeLessThanOrEqual(maxStalenessMs);
    }
    expect(served).toBeGreaterThan(500);
  });

  it("opens the breaker during the outage and closes it after recovery", () => {
    const run = createRun("outage-degradation", { seed: 23 });
    run.seek(4000);
    expect(run.metrics().breakerState).not.toBe(0);
    expect(run.metrics().queueDepth).toBeGreaterThan(0);
    run.seek(12_000);
    expect(run.metrics().breakerState).toBe(0);
    const series = run.series();
    const errorRateAt = (t: number) => series.find((s) => s.t === t)?.values.errorRate ?? NaN;
    expect(errorRateAt(5000)).toBeGreaterThan(errorRateAt(2750));
  });
});

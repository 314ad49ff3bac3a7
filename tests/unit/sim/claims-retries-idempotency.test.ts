import { describe, expect, it } from "vitest";
import { runHeadless } from "@/lib/sim";

const SEEDS = 1000;

describe("retries-idempotency claims (1,000 seeds)", { timeout: 30_000 }, () => {
  const run = (seed: number, idempotency: boolean) =>
    runHeadless("retries-idempotency", { seed, settings: { idempotency } }).metrics;

  it("never creates a duplicate with idempotency keys; does without them", () => {
    let seedsWithDuplicates = 0;
    let dedupHits = 0;
    const keyed: number[] = [];
    for (let seed = 1; seed <= SEEDS; seed++) {
      const withKeys = run(seed, true);
      const without = run(seed, false);
      keyed.push(withKeys.duplicates ?? -1);
      dedupHits += withKeys.dedupHits ?? 0;
      if ((without.duplicates ?? 0) > 0) seedsWithDuplicates += 1;
      // Same seed, same traffic: every retry the keys absorbed is a duplicate without them.
      expect(withKeys.dedupHits).toBe(without.duplicates);
      expect(withKeys.retries).toBe(without.retries);
    }
    expect(keyed.every((d) => d === 0)).toBe(true);
    expect(dedupHits).toBeGreaterThan(SEEDS);
    expect(seedsWithDuplicates).toBeGreaterThan(SEEDS * 0.8);
  });

  it("bounds retries: at most maxRetries extra attempts per order", () => {
    for (let seed = 1; seed <= 200; seed++) {
      const maxRetries = seed % 4;
      const m = runHeadless("retries-idempotency", { seed, settings: { maxRetries, dropRate: 0.2 } }).metrics;
      expect(m.attempts).toBeLessThanOrEqual((m.requests ?? 0) * (maxRetries + 1));
      expect((m.succeeded ?? 0) + (m.gaveUp ?? 0)).toBe(m.requests);
    }
  });

  it("creates no duplicates when the client never retries", () => {
    for (let seed = 1; seed <= 100; seed++) {
      expect(runHeadless("retries-idempotency", { seed, settings: { maxRetries: 0 } }).metrics.duplicates).toBe(0);
    }
  });
});

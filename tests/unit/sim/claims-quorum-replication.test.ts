import { describe, expect, it } from "vitest";
import { runHeadless } from "@/lib/sim";

const SEEDS = 60;
// Lossy links and a replica crash mid-run: quorum overlap must hold regardless.
const faults = { dropRate: 0.05, failAtMs: 1500, failReplicas: 1, ops: 60 };

describe("quorum-replication claims", { timeout: 30_000 }, () => {
  it.each([
    [3, 2, 2],
    [3, 3, 1],
    [3, 1, 3],
    [5, 3, 3],
    [5, 4, 2],
  ])("N=%i W=%i R=%i (W + R > N) never returns a stale read", (n, w, r) => {
    let reads = 0;
    for (let seed = 1; seed <= SEEDS; seed++) {
      const m = runHeadless("quorum-replication", { seed, settings: { n, w, r, ...faults } }).metrics;
      expect(m.staleReads).toBe(0);
      reads += (m.reads ?? 0) - (m.readFailures ?? 0);
    }
    expect(reads).toBeGreaterThan(SEEDS * 5);
  });

  it.each([
    [3, 1, 1],
    [3, 1, 2],
    [5, 2, 2],
    [5, 2, 3],
  ])("N=%i W=%i R=%i (W + R ≤ N) returns stale reads across seeds", (n, w, r) => {
    let seedsWithStale = 0;
    for (let seed = 1; seed <= SEEDS; seed++) {
      const m = runHeadless("quorum-replication", { seed, settings: { n, w, r, ...faults } }).metrics;
      if ((m.staleReads ?? 0) > 0) seedsWithStale += 1;
    }
    expect(seedsWithStale).toBeGreaterThan(SEEDS / 2);
  });

  it("fails writes (rather than lying) when fewer than W replicas are up", () => {
    const m = runHeadless("quorum-replication", {
      seed: 3,
      settings: { n: 3, w: 3, r: 1, failAtMs: 1000, failReplicas: 1, ops: 50 },
    }).metrics;
    expect(m.writeFailures).toBeGreaterThan(0);
    expect(m.staleReads).toBe(0);
  });

  it("rejects W or R larger than N", () => {
    expect(() => runHeadless("quorum-replication", { seed: 1, settings: { n: 3, w: 4 } })).toThrow(/must not exceed N/);
  });
});

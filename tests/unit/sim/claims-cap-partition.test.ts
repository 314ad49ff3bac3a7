import { describe, expect, it } from "vitest";
import { createRun, runHeadless } from "@/lib/sim";

const SEEDS = 40;

describe("cap-partition claims", { timeout: 30_000 }, () => {
  it("CP rejects the minority side's writes, never conflicts, and converges after healing", () => {
    for (let seed = 1; seed <= SEEDS; seed++) {
      const m = runHeadless("cap-partition", { seed, settings: { mode: "cp" } }).metrics;
      expect(m.rejectedWrites).toBeGreaterThan(0);
      expect(m.conflicts).toBe(0);
      expect(m.lostWrites).toBe(0);
      expect(m.divergence).toBe(0);
    }
  });

  it("AP accepts writes on both sides, then finds and reconciles conflicts after healing", () => {
    for (const reconcile of ["lww", "siblings"]) {
      for (let seed = 1; seed <= SEEDS; seed++) {
        const run = createRun("cap-partition", { seed, settings: { mode: "ap", reconcile }, record: false });
        run.seek(5900);
        const during = run.metrics();
        expect(during.divergence).toBeGreaterThan(0);
        run.seek(9000);
        const m = run.metrics();
        expect(m.rejectedWrites).toBe(0);
        // Healing is when the two histories meet: conflicts surface then.
        expect(m.conflicts).toBeGreaterThan(during.conflicts ?? 0);
        expect(m.divergence).toBe(0);
        if (reconcile === "lww") expect(m.lostWrites).toBeGreaterThan(0);
        else expect(m.lostWrites).toBe(0);
      }
    }
  });

  it("costs CP availability only while partitioned; AP stays available throughout", () => {
    for (let seed = 1; seed <= SEEDS; seed++) {
      const availability = (mode: string, partitionAtMs: number) =>
        runHeadless("cap-partition", { seed, settings: { mode, partitionAtMs } }).metrics.availability;
      expect(availability("cp", 0)).toBe(1);
      expect(availability("cp", 2000)).toBeLessThan(0.9);
      expect(availability("ap", 2000)).toBe(1);
    }
  });
});

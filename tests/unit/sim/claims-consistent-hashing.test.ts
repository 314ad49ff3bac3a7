import { describe, expect, it } from "vitest";
import { createRun, runHeadless } from "@/lib/sim";

describe("consistent-hashing claims", { timeout: 30_000 }, () => {
  it("a join moves about 1/N of keys on the ring, all onto the new node, and most keys with mod-N", () => {
    for (const nodes of [3, 4, 8]) {
      const ringShares: number[] = [];
      for (let seed = 1; seed <= 30; seed++) {
        const settings = { nodes, keys: 3000, rps: 0, joinAtMs: 10 };
        const m = runHeadless("consistent-hashing", { seed, settings, untilMs: 20 }).metrics;
        const ideal = 100 / (nodes + 1);
        expect(m.idealMovedPct).toBeCloseTo(ideal, 1);
        expect(m.movedBetweenOthers).toBe(0);
        expect(m.movedRingPct).toBeGreaterThan(ideal * 0.5);
        expect(m.movedRingPct).toBeLessThan(ideal * 1.6);
        expect(m.movedModPct).toBeGreaterThan(60);
        ringShares.push(m.movedRingPct ?? 0);
      }
      const mean = ringShares.reduce((a, b) => a + b, 0) / ringShares.length;
      expect(Math.abs(mean - 100 / (nodes + 1))).toBeLessThan((100 / (nodes + 1)) * 0.25);
    }
  });

  it("a removal moves only the removed node's keys on the ring", () => {
    const run = createRun("consistent-hashing", { seed: 5, settings: { joinAtMs: 0, rps: 0 } });
    run.seek(5);
    const before = run.view().nodes.find((n) => n.id === "n2")?.status ?? "";
    const ownedByN2 = Number(before.split(" ")[0]);
    run.act({ type: "remove-node", node: "n2" });
    run.seek(10);
    const m = run.metrics();
    expect(m.nodes).toBe(3);
    expect(m.movedRing).toBe(ownedByN2);
    expect(m.movedBetweenOthers).toBe(0);
    expect(m.movedModPct).toBeGreaterThan(50);
  });

  it("spreads load more evenly with more virtual nodes", () => {
    let few = 0;
    let many = 0;
    for (let seed = 1; seed <= 10; seed++) {
      const spread = (vnodes: number) =>
        runHeadless("consistent-hashing", { seed, settings: { vnodes, rps: 0, joinAtMs: 0, nodes: 6 }, untilMs: 1 }).metrics
          .loadStddev ?? 0;
      few += spread(2);
      many += spread(200);
    }
    expect(many).toBeLessThan(few / 3);
  });
});

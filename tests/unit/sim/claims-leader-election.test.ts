import { describe, expect, it } from "vitest";
import { createRng, createRun, runHeadless, type SimAction, type SimRun } from "@/lib/sim";

const IDS = ["n1", "n2", "n3", "n4", "n5"];

/** Random crashes, restarts, partitions and heals, drawn from the seed. */
function chaos(seed: number): SimAction[] {
  const rng = createRng(seed * 7919);
  const actions: SimAction[] = [];
  for (let at = 500; at < 6000; at += rng.int(150, 700)) {
    const roll = rng.next();
    if (roll < 0.3) actions.push({ at, type: "crash", node: rng.pick(IDS) });
    else if (roll < 0.55) actions.push({ at, type: "restart", node: rng.pick(IDS) });
    else if (roll < 0.8) {
      const cut = rng.int(1, 4);
      const shuffled = [...IDS].sort(() => rng.next() - 0.5);
      actions.push({ at, type: "partition", groups: [shuffled.slice(0, cut), shuffled.slice(cut)] });
    } else actions.push({ at, type: "heal" });
  }
  return actions;
}

const leadersIn = (run: SimRun, group: readonly string[]) =>
  run.view().nodes.filter((n) => group.includes(n.id) && n.up && n.status?.startsWith("leader")).length;

describe("leader-election claims", { timeout: 30_000 }, () => {
  it("never has two leaders in the same term, under random crashes, partitions and loss", () => {
    let elected = 0;
    for (let seed = 1; seed <= 120; seed++) {
      const settings = { dropRate: seed % 3 === 0 ? 0.1 : 0, clockDriftPct: seed % 2 === 0 ? 20 : 0 };
      const { metrics } = runHeadless("leader-election", { seed, settings, actions: chaos(seed), untilMs: 7000 });
      expect(metrics.safetyViolations).toBe(0);
      elected += metrics.leaderChanges ?? 0;
    }
    expect(elected).toBeGreaterThan(240);
  });

  it("elects exactly one leader in a healthy cluster within a second", () => {
    for (let seed = 1; seed <= 100; seed++) {
      const run = createRun("leader-election", { seed, record: false });
      run.seek(1000);
      expect(run.metrics().leaders).toBe(1);
    }
  });

  it("a minority partition elects no leader; the majority side elects one", () => {
    for (let seed = 1; seed <= 60; seed++) {
      const run = createRun("leader-election", { seed, settings: { partitionAtMs: 2000 } });
      run.seek(2000);
      const groups = run.view().partitions;
      const minority = groups.find((g) => g.length === 2) ?? [];
      const majority = groups.find((g) => g.length === 3) ?? [];
      expect(minority).toHaveLength(2);
      // After check-quorum (one max election timeout) plus an election, the sides have settled.
      run.seek(3000);
      expect(leadersIn(run, minority)).toBe(0);
      expect(leadersIn(run, majority)).toBe(1);
      run.seek(5000);
      expect(leadersIn(run, minority)).toBe(0);
      expect(run.metrics().minorityElections).toBe(0);
      expect(run.metrics().safetyViolations).toBe(0);
    }
  });

  it("replaces a killed leader in a higher term", () => {
    for (let seed = 1; seed <= 50; seed++) {
      const run = createRun("leader-election", { seed, record: false, actions: [{ at: 1500, type: "crash", node: "@leader" }] });
      run.seek(1500);
      const term = run.metrics().term ?? 0;
      run.seek(3000);
      const m = run.metrics();
      expect(m.leaders).toBe(1);
      expect(m.term).toBeGreaterThan(term);
      expect(m.lastElectionMs).toBeLessThan(1000);
    }
  });
});

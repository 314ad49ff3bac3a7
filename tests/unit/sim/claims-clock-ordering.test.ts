import { describe, expect, it } from "vitest";
import { type ClockEvent, clockHistory, createRun, runHeadless, vectorBefore } from "@/lib/sim";

/** Happens-before from first principles: process order plus send → receive, closed transitively. */
function happensBefore(history: readonly ClockEvent[]): boolean[][] {
  const n = history.length;
  const successors: number[][] = history.map(() => []);
  const lastOf = new Map<string, number>();
  for (const event of history) {
    const previous = lastOf.get(event.process);
    if (previous !== undefined) successors[previous]?.push(event.id);
    lastOf.set(event.process, event.id);
    if (event.cause !== null) successors[event.cause]?.push(event.id);
  }
  const reach = history.map(() => new Array<boolean>(n).fill(false));
  for (let a = n - 1; a >= 0; a--) {
    for (const b of successors[a] ?? []) {
      const row = reach[a];
      if (row === undefined) continue;
      row[b] = true;
      (reach[b] ?? []).forEach((r, c) => {
        if (r) row[c] = true;
      });
    }
  }
  return reach;
}

describe("clock-ordering claims", { timeout: 30_000 }, () => {
  it("vector clocks say 'before' exactly when happens-before holds; Lamport respects it", () => {
    for (let seed = 1; seed <= 20; seed++) {
      const run = createRun("clock-ordering", { seed, record: false });
      run.seek(2000);
      const history = clockHistory(run);
      const hb = happensBefore(history);
      let causal = 0;
      let concurrent = 0;
      let vectorMismatches = 0;
      let lamportMismatches = 0;
      for (const a of history) {
        for (const b of history) {
          if (a.id === b.id) continue;
          const before = hb[a.id]?.[b.id] ?? false;
          if (vectorBefore(a.vc, b.vc) !== before) vectorMismatches += 1;
          if (before && a.lamport >= b.lamport) lamportMismatches += 1;
          if (a.id < b.id) {
            if (before) causal += 1;
            else if (!(hb[b.id]?.[a.id] ?? false)) concurrent += 1;
          }
        }
      }
      expect(vectorMismatches).toBe(0);
      expect(lamportMismatches).toBe(0);
      const m = run.metrics();
      expect(m.causalPairs).toBe(causal);
      expect(m.concurrentPairs).toBe(concurrent);
      expect(concurrent).toBeGreaterThan(0);
      expect(m.lamportViolations).toBe(0);
    }
  });

  it("last-write-wins keeps causal order with synced clocks and breaks it under skew", () => {
    let skewedSeeds = 0;
    for (let seed = 1; seed <= 200; seed++) {
      expect(runHeadless("clock-ordering", { seed, settings: { skewMs: 0 } }).metrics.lwwAnomalies).toBe(0);
      if ((runHeadless("clock-ordering", { seed, settings: { skewMs: 150 } }).metrics.lwwAnomalies ?? 0) > 0) skewedSeeds += 1;
    }
    expect(skewedSeeds).toBeGreaterThan(160);
  });

  it("shows each process's skewed wall clock", () => {
    const run = createRun("clock-ordering", { seed: 1, settings: { skewMs: 150, driftPct: 10 } });
    run.seek(1000);
    const clocks = Object.fromEntries(run.view().nodes.map((n) => [n.id, n.localTimeMs]));
    expect(clocks).toEqual({ p1: 1150, p2: 1100, p3: 1000 });
  });
});

import { describe, expect, it } from "vitest";
import { createRng, createRun, getScenario, scenarioIds, SimInputError, type SimRun } from "@/lib/sim";

function expectSameMoment(run: SimRun, fresh: SimRun): void {
  expect(run.now).toBe(fresh.now);
  expect(run.cursor).toBe(fresh.cursor);
  expect(run.state).toEqual(fresh.state);
  expect(run.metrics()).toEqual(fresh.metrics());
  expect(run.log.slice(0, run.cursor)).toEqual(fresh.log);
  expect(run.series().filter((s) => s.t < run.now)).toEqual(fresh.series());
  expect(run.view()).toEqual(fresh.view());
}

describe.each(scenarioIds)("seek: %s", { timeout: 30_000 }, (id) => {
  const until = Math.min(getScenario(id).defaultUntilMs, 5000);
  const options = { seed: 17, snapshotEvery: 200, snapshotEveryMs: 500 };

  it("seek(t) backwards and forwards equals a fresh run to t", () => {
    const run = createRun(id, options);
    run.seek(until);
    expect(run.snapshotCount).toBeGreaterThan(2);
    const rng = createRng(99);
    for (const t of [0, until / 2, ...Array.from({ length: 3 }, () => rng.uniform(0, until)), until]) {
      run.seek(t);
      const fresh = createRun(id, options);
      fresh.seek(t);
      expectSameMoment(run, fresh);
    }
  });

  it("steps back one event at a time with seekIndex, replaying the recorded entries", () => {
    const run = createRun(id, options);
    run.seek(until / 2);
    const recorded = run.log.slice();
    const index = Math.floor(run.cursor * 0.6);
    run.seekIndex(index);
    expect(run.cursor).toBe(index);
    expect(run.step()).toEqual(recorded[index]);
    run.seekIndex(index - 1);
    expect(run.step()).toEqual(recorded[index - 1]);
    expect(run.log).toEqual(recorded);
  });

  it("branches: an action after a seek backwards discards the old future and matches a fresh scripted run", () => {
    const spec = getScenario(id).actionSpecs()[0];
    if (spec === undefined) throw new Error("every scenario offers at least one action");
    const run = createRun(id, options);
    run.seek(until);
    run.seek(until / 3);
    const action = run.act(spec.action);
    expect(run.log.length).toBe(run.cursor);
    run.seek(until);
    const fresh = createRun(id, { ...options, actions: [action] });
    fresh.seek(until);
    expect(run.log).toEqual(fresh.log);
    expect(run.metrics()).toEqual(fresh.metrics());
  });
});

describe("seek limits", { timeout: 30_000 }, () => {
  it("cannot seek backwards without recording, nor to a negative time", () => {
    const run = createRun("request-flow", { seed: 1, record: false });
    run.seek(500);
    expect(() => run.seek(100)).toThrow(SimInputError);
    expect(() => run.seek(-1)).toThrow(SimInputError);
  });

  it("lists messages in flight with progress between sender and receiver", () => {
    const run = createRun("leader-election", { seed: 1 });
    let seen = 0;
    for (let t = 1000; t < 1100; t += 3) {
      run.seek(t);
      for (const m of run.view().messages) {
        seen += 1;
        expect(m.sentAt).toBeLessThanOrEqual(t);
        expect(m.arriveAt).toBeGreaterThanOrEqual(t);
        expect(m.progress).toBeCloseTo((t - m.sentAt) / (m.arriveAt - m.sentAt), 9);
        expect(["heartbeat", "heartbeat-ack"].some((kind) => m.label.startsWith(kind))).toBe(true);
      }
    }
    expect(seen).toBeGreaterThan(10);
  });
});

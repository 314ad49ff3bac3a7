import { describe, expect, it } from "vitest";
import { createRun, getScenario, scenarioIds, type SimAction, type SimRun } from "@/lib/sim";

const runTo = (run: SimRun, t: number): SimRun => {
  run.seek(t);
  return run;
};

/** Two actions from the scenario's own buttons, at 30 % and 60 % of the run. */
function scriptFor(id: string, until: number): SimAction[] {
  const specs = getScenario(id).actionSpecs();
  return specs.slice(0, 2).map((spec, i) => ({ ...spec.action, at: Math.round(until * (0.3 + 0.3 * i)) }));
}

describe.each(scenarioIds)("determinism: %s", { timeout: 30_000 }, (id) => {
  const until = Math.min(getScenario(id).defaultUntilMs, 3000);

  it("gives the identical trace, metrics and series for the same seed", () => {
    const a = runTo(createRun(id, { seed: 42 }), until);
    const b = runTo(createRun(id, { seed: 42 }), until);
    expect(a.cursor).toBeGreaterThan(50);
    expect(b.log).toEqual(a.log);
    expect(b.metrics()).toEqual(a.metrics());
    expect(b.series()).toEqual(a.series());
    expect(b.state).toEqual(a.state);
  });

  it("gives a different trace for a different seed", () => {
    const a = runTo(createRun(id, { seed: 1 }), until);
    const b = runTo(createRun(id, { seed: 2 }), until);
    expect(b.log).not.toEqual(a.log);
  });

  it("gives the same trace whether actions are scripted up front or applied live", () => {
    const script = scriptFor(id, until);
    const scripted = runTo(createRun(id, { seed: 9, actions: script }), until);
    const live = createRun(id, { seed: 9 });
    for (const action of script) {
      live.seek(action.at);
      live.act(action);
    }
    live.seek(until);
    expect(live.log).toEqual(scripted.log);
    expect(live.metrics()).toEqual(scripted.metrics());
    // The run's own action list replays it.
    const replay = runTo(createRun(id, { seed: 9, actions: live.actions }), until);
    expect(replay.log).toEqual(live.log);
  });

  it("gives the same result with and without recording", () => {
    const recorded = runTo(createRun(id, { seed: 3 }), until);
    const bare = runTo(createRun(id, { seed: 3, record: false }), until);
    expect(bare.log).toEqual([]);
    expect(bare.cursor).toBe(recorded.cursor);
    expect(bare.metrics()).toEqual(recorded.metrics());
  });
});

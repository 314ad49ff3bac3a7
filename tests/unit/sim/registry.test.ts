import { describe, expect, it } from "vitest";
import { createRun, getScenario, scenarioIds, scenarios, SimInputError } from "@/lib/sim";

describe("scenario registry", () => {
  it("holds the eight scenarios under their exact ids", () => {
    expect(scenarioIds).toEqual([
      "request-flow",
      "retries-idempotency",
      "outage-degradation",
      "consistent-hashing",
      "quorum-replication",
      "leader-election",
      "cap-partition",
      "clock-ordering",
    ]);
    for (const id of scenarioIds) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$/);
    expect(() => getScenario("raft")).toThrow(SimInputError);
  });

  it("describes every setting as a control whose default is valid", () => {
    for (const scenario of scenarios) {
      expect(scenario.controls.length).toBeGreaterThan(0);
      const defaults = Object.fromEntries(scenario.controls.map((c) => [c.key, c.default]));
      expect(scenario.parseSettings({})).toEqual(defaults);
      for (const control of scenario.controls) {
        expect(control.label.length).toBeGreaterThan(0);
        if (control.kind === "slider") {
          expect(control.min).toBeLessThanOrEqual(control.default);
          expect(control.default).toBeLessThanOrEqual(control.max);
          expect(() => scenario.parseSettings({ [control.key]: control.max + control.step * 1000 })).toThrow(SimInputError);
        }
      }
    }
    expect(getScenario("quorum-replication").controls.find((c) => c.key === "w")).toEqual({
      key: "w",
      kind: "slider",
      label: "Write quorum (W)",
      min: 1,
      max: 7,
      step: 1,
      unit: undefined,
      default: 2,
    });
    expect(getScenario("cap-partition").controls.find((c) => c.key === "mode")).toMatchObject({
      kind: "select",
      options: ["cp", "ap"],
    });
  });

  it("offers action buttons whose actions every run accepts", () => {
    for (const scenario of scenarios) {
      const specs = scenario.actionSpecs();
      expect(specs.length).toBeGreaterThan(0);
      const run = createRun(scenario.id, { seed: 1 });
      run.seek(100);
      for (const spec of specs) expect(() => run.act(spec.action)).not.toThrow();
      run.seek(500);
      expect(run.log.filter((e) => e.kind === "action")).toHaveLength(specs.length);
    }
  });

  it("draws every scenario: nodes in the unit square, links between known nodes, metric specs present", () => {
    for (const scenario of scenarios) {
      const run = createRun(scenario.id, { seed: 1 });
      run.seek(200);
      const view = run.view();
      const ids = new Set(view.nodes.map((n) => n.id));
      for (const node of view.nodes) {
        expect(node.x).toBeGreaterThanOrEqual(0);
        expect(node.x).toBeLessThanOrEqual(1);
        expect(node.y).toBeGreaterThanOrEqual(0);
        expect(node.y).toBeLessThanOrEqual(1);
      }
      for (const link of view.links) expect(ids.has(link.a) && ids.has(link.b)).toBe(true);
      const metrics = run.metrics();
      for (const spec of scenario.metricSpecs) expect(metrics[spec.key]).toBeTypeOf("number");
      expect(run.series().length).toBeGreaterThan(0);
    }
  });
});

import { describe, expect, it } from "vitest";
import { getScenario } from "@/lib/sim";
import { parseSeed, readSimQuery, simQueryString } from "@/lib/sim-player";

describe("the shareable query string", () => {
  const controls = getScenario("cap-partition").controls;

  it("parses seeds as whole numbers from 0 to 2^32 − 1", () => {
    expect(parseSeed("7")).toBe(7);
    expect(parseSeed(" 42 ")).toBe(42);
    expect(parseSeed("4294967295")).toBe(4294967295);
    for (const bad of ["4294967296", "-1", "1.5", "", "abc", null, undefined]) expect(parseSeed(bad)).toBeNull();
  });

  it("reads the seed and valid settings, leaving out unknown keys and bad values", () => {
    expect(readSimQuery({ seed: "11", mode: "ap", keys: "5", writeIntervalMs: "1", other: "x" }, controls)).toEqual({
      seed: 11,
      settings: { mode: "ap", keys: 5 },
      faults: [],
      faultsError: null,
    });
    expect(readSimQuery({ seed: ["3", "4"], mode: "bogus" }, controls)).toMatchObject({ seed: 3, settings: {} });
    expect(readSimQuery({ idempotency: "off" }, getScenario("retries-idempotency").controls)).toMatchObject({ seed: null, settings: { idempotency: false } });
  });

  it("writes the seed and only the settings that differ from their defaults, and reads back the same", () => {
    const settings = getScenario("cap-partition").parseSettings({ mode: "ap", keys: 5 });
    const query = simQueryString(9, settings, controls);
    expect(query).toBe("?seed=9&mode=ap&keys=5");
    const back = readSimQuery(Object.fromEntries(new URLSearchParams(query)), controls);
    expect(getScenario("cap-partition").parseSettings(back.settings)).toEqual(settings);
  });

  it("carries the faults a run was broken with, and reads them back exactly", () => {
    const faults = [
      { at: 512.25, type: "crash", node: "api" },
      { at: 2400, type: "restart", node: "api" },
      { at: 3000, type: "set", key: "idempotency", value: true },
    ];
    const query = simQueryString(1, getScenario("retries-idempotency").parseSettings({}), getScenario("retries-idempotency").controls, faults);
    const back = readSimQuery(Object.fromEntries(new URLSearchParams(query)), getScenario("retries-idempotency").controls);
    expect(back).toEqual({ seed: 1, settings: {}, faults, faultsError: null });
    expect(simQueryString(1, {}, controls, [])).toBe("?seed=1");
  });

  it("applies none of a link's faults when any is malformed, and says which", () => {
    expect(readSimQuery({ faults: "[{" }, controls)).toMatchObject({ faults: [], faultsError: "they are not valid JSON" });
    const bad = JSON.stringify([{ at: 10, type: "heal" }, { at: -5, type: "crash", node: "a" }]);
    const read = readSimQuery({ faults: bad }, controls);
    expect(read.faults).toEqual([]);
    expect(read.faultsError).toMatch(/^fault 2: /);
    const tooMany = JSON.stringify(Array.from({ length: 51 }, (_, i) => ({ at: i, type: "heal" })));
    expect(readSimQuery({ faults: tooMany }, controls).faultsError).toMatch(/at most 50 faults/);
  });
});

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
    });
    expect(readSimQuery({ seed: ["3", "4"], mode: "bogus" }, controls)).toEqual({ seed: 3, settings: {} });
    expect(readSimQuery({ idempotency: "off" }, getScenario("retries-idempotency").controls)).toEqual({ seed: null, settings: { idempotency: false } });
  });

  it("writes the seed and only the settings that differ from their defaults, and reads back the same", () => {
    const settings = getScenario("cap-partition").parseSettings({ mode: "ap", keys: 5 });
    const query = simQueryString(9, settings, controls);
    expect(query).toBe("?seed=9&mode=ap&keys=5");
    const back = readSimQuery(Object.fromEntries(new URLSearchParams(query)), controls);
    expect(getScenario("cap-partition").parseSettings(back.settings)).toEqual(settings);
  });
});

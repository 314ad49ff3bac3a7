import { describe, expect, it } from "vitest";
import { scenarios } from "@/lib/sim";
import { baseRate, formatSimTime, formatSpeed, isSpeed, MAX_FRAME_MS, runToRate, simDelta, sliderStep, SPEEDS } from "@/lib/sim-player";

describe("playback maths", () => {
  it("offers 0.25× to 8×", () => {
    expect(SPEEDS[0]).toBe(0.25);
    expect(SPEEDS[SPEEDS.length - 1]).toBe(8);
    expect(isSpeed(1)).toBe(true);
    expect(isSpeed(3)).toBe(false);
  });

  it("plays every scenario's default run in about a minute at 1× and under ten seconds at 8×", () => {
    for (const s of scenarios) {
      const rate = baseRate(s.defaultUntilMs);
      expect(s.defaultUntilMs / rate).toBeGreaterThan(58);
      expect(s.defaultUntilMs / rate).toBeLessThan(62);
      expect(s.defaultUntilMs / (rate * 8)).toBeLessThan(10);
    }
    expect(baseRate(10)).toBe(10);
    expect(baseRate(10_000_000)).toBe(1000);
  });

  it("advances simulated time by frame × rate, with no jump after a long frame", () => {
    expect(simDelta(16, 1000)).toBe(16);
    expect(simDelta(20, 150)).toBe(3);
    expect(simDelta(-5, 150)).toBe(0);
    expect(simDelta(10_000, 1000)).toBe(MAX_FRAME_MS);
  });

  it("runs to a moment within the time asked, never slower than the current speed", () => {
    expect(runToRate(0, 9000, 3000, 150)).toBe(3000);
    expect(runToRate(0, 100, 3000, 150)).toBe(150);
    expect(runToRate(500, 100, 3000, 150)).toBe(150);
  });

  it("formats clocks and speeds", () => {
    expect(formatSimTime(0)).toBe("0.000 s");
    expect(formatSimTime(12034.4)).toBe("12.034 s");
    expect(formatSpeed(0.25)).toBe("0.25×");
    expect(formatSpeed(2, 133)).toBe("2× (266 ms/s)");
  });

  it("steps the time slider in about 500 positions", () => {
    expect(sliderStep(10_000)).toBe(20);
    expect(sliderStep(100)).toBe(1);
  });
});

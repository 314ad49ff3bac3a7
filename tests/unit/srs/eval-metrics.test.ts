import { describe, expect, it } from "vitest";
import { auc, binKey, logLoss, rmseBins, timeSeriesSplit } from "@/lib/srs/eval";

describe("logLoss", () => {
  it("matches a hand computation", () => {
    // -(ln 0.8 + ln 0.6) / 2
    expect(logLoss([1, 0], [0.8, 0.4])).toBeCloseTo(0.36698459, 8);
  });

  it("clips certain mistakes to a finite loss", () => {
    expect(logLoss([0], [1])).toBeCloseTo(-Math.log(1 - (1 - 1e-15)), 9);
    expect(logLoss([1], [0])).toBeCloseTo(-Math.log(1e-15), 9);
  });

  it("rejects mismatched or empty input", () => {
    expect(() => logLoss([1], [0.5, 0.5])).toThrow();
    expect(() => logLoss([], [])).toThrow();
  });
});

describe("auc", () => {
  it("counts correctly ordered positive/negative pairs", () => {
    // Pairs (pos, neg): (0.9,0.6) (0.9,0.1) (0.4,0.1) right, (0.4,0.6) wrong → 3/4.
    expect(auc([1, 1, 0, 0], [0.9, 0.4, 0.6, 0.1])).toBe(0.75);
  });

  it("counts ties as half", () => {
    expect(auc([1, 0], [0.5, 0.5])).toBe(0.5);
    // (0.7 vs 0.7) half, (0.2 vs 0.7) wrong → 0.5 / 2.
    expect(auc([1, 0, 1], [0.7, 0.7, 0.2])).toBe(0.25);
  });

  it("is null with a single class", () => {
    expect(auc([1, 1], [0.2, 0.9])).toBeNull();
  });
});

describe("rmseBins", () => {
  it("bins like srs-benchmark", () => {
    expect(binKey({ deltaDays: 1, i: 2, lapses: 0 })).toBe("2.48|4|0");
    expect(binKey({ deltaDays: 3, i: 3, lapses: 1 })).toBe("2.48|4|2");
    expect(binKey({ deltaDays: 4, i: 4, lapses: 2 })).toBe("8.98|7|3");
  });

  it("weights each bin's calibration gap by its size", () => {
    const predictions = [
      { y: 1 as const, p: 0.9, deltaDays: 1, i: 2, lapses: 0 },
      { y: 0 as const, p: 0.7, deltaDays: 3, i: 3, lapses: 0 }, // same bin: gap |0.5 - 0.8|
      { y: 1 as const, p: 0.6, deltaDays: 4, i: 2, lapses: 0 }, // own bin: gap 0.4
    ];
    expect(rmseBins(predictions)).toBeCloseTo(Math.sqrt((2 * 0.09 + 0.16) / 3), 12);
  });
});

describe("timeSeriesSplit", () => {
  it("matches scikit-learn's TimeSeriesSplit", () => {
    expect(timeSeriesSplit(10, 5)).toEqual([5, 6, 7, 8, 9].map((s) => ({ testStart: s, testEnd: s + 1 })));
    expect(timeSeriesSplit(14, 3)).toEqual([
      { testStart: 5, testEnd: 8 },
      { testStart: 8, testEnd: 11 },
      { testStart: 11, testEnd: 14 },
    ]);
    expect(timeSeriesSplit(3, 5)).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { namedKeyPoints, ratingForFraction, RATING_THRESHOLDS, scoreAnswer } from "@/lib/interview";

describe("the rating mapping", () => {
  it("maps < 40 % to Again, < 70 % to Hard, < 100 % to Good and all to Easy", () => {
    expect(RATING_THRESHOLDS).toEqual({ again: 0.4, hard: 0.7 });
    const cases: [number, number][] = [
      [0, 1], [0.2, 1], [0.399, 1], [0.4, 2], [0.5, 2], [0.699, 2], [0.7, 3], [0.9, 3], [0.999, 3], [1, 4],
    ];
    for (const [fraction, rating] of cases) expect(ratingForFraction(fraction), String(fraction)).toBe(rating);
    expect(ratingForFraction(Number.NaN)).toBe(1);
  });

  it("is monotonic: covering more never rates lower", () => {
    let last = 0;
    for (let i = 0; i <= 1000; i++) {
      const r = ratingForFraction(i / 1000);
      expect(r).toBeGreaterThanOrEqual(last);
      last = r;
    }
  });
});

const question = {
  keyPoints: ["write quorum", "read quorum", "overlap", "Majority quorums make any two majorities intersect."],
  terms: ["write quorum", "read quorum", "overlap", "majority", "quorum"],
};

describe("scoring an answer", () => {
  it("is the share of key points ticked, ignoring duplicates and ticks out of range", () => {
    const s = scoreAnswer(question, { mode: "typed", text: "a write quorum", ticked: [0, 0, 1, 7, -1] });
    expect(s).toMatchObject({ covered: 2, total: 4, fraction: 0.5, rating: 2, capped: false });
    expect(scoreAnswer(question, { mode: "typed", text: "overlap", ticked: [] })).toMatchObject({ fraction: 0, rating: 1 });
  });

  it("gives Easy for every point ticked when the typed text names one", () => {
    const s = scoreAnswer(question, { mode: "typed", text: "Reads overlap writes.", ticked: [0, 1, 2, 3] });
    expect(s).toMatchObject({ covered: 4, fraction: 1, rating: 4, capped: false });
    expect(s.named).toContain(2);
  });

  it("never gives full marks to a typed answer that names none of the key points", () => {
    for (const text of ["", "I would use a database.", "lots of words about nothing relevant at all"]) {
      const s = scoreAnswer(question, { mode: "typed", text, ticked: [0, 1, 2, 3] });
      expect(s.capped).toBe(true);
      expect(s.fraction).toBeLessThan(1);
      expect(s.rating).not.toBe(4);
      expect(s.covered).toBe(3);
    }
  });

  it("takes a spoken answer's ticks at face value (there is no text to check)", () => {
    expect(scoreAnswer(question, { mode: "spoken", text: "", ticked: [0, 1, 2, 3] })).toMatchObject({ fraction: 1, rating: 4, capped: false });
  });

  it("finds key points named by their terms, or by most of their words when they have none", () => {
    expect(namedKeyPoints(question.keyPoints, question.terms, "any two MAJORITIES meet")).toEqual([3]);
    const points = ["The client retries with exponential backoff and jitter."];
    expect(namedKeyPoints(points, [], "clients use jitter and exponential backoff")).toEqual([0]);
    expect(namedKeyPoints(points, [], "backoff")).toEqual([]);
    expect(namedKeyPoints(points, [], "   ")).toEqual([]);
  });
});

describe("naming a rubric point", () => {
  it("counts a short point named when its words appear, even without the note's terms", () => {
    const rubric = ["Read/write ratio", "Scale", "Which data must never be wrong"];
    expect(namedKeyPoints(rubric, [], "The read to write ratio is 10:1 and scale is modest")).toEqual([0, 1]);
    expect(namedKeyPoints(rubric, [], "balances: this data must never be wrong")).toEqual([2]);
    expect(namedKeyPoints(rubric, [], "fast and cheap")).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import {
  acceptAnswer,
  interviewRatingKey,
  MAX_SEED,
  parseRoundQuery,
  roundQueryString,
  roundRatings,
  summarizeRound,
  startRoundSchema,
  type InterviewAnswer,
  type InterviewQuestion,
} from "@/lib/interview";

function question(over: Partial<InterviewQuestion>): InterviewQuestion {
  return {
    cardId: "n:trap:x",
    noteId: "n",
    noteTitle: "N",
    topic: "replication",
    kind: "trap",
    prompt: "Q?",
    answer: "A.",
    keyPoints: ["replica", "quorum", "leader", "lag", "overlap"],
    terms: ["replica", "quorum", "leader", "lag", "overlap"],
    tips: [],
    seconds: 30,
    ...over,
  };
}

function answer(ticked: number[], over: Partial<InterviewAnswer> = {}): InterviewAnswer {
  return { mode: "typed", text: "replicas and a quorum", ticked, timeUsedMs: 20_000, detectedTerms: [], recorded: false, graded: true, answeredAt: 1_000, ...over };
}

const questions = [
  question({ cardId: "a:trap:1", noteId: "a", noteTitle: "A", topic: "replication" }),
  question({ cardId: "b:trap:1", noteId: "b", noteTitle: "B", topic: "consensus" }),
  question({ cardId: null, kind: "probe", noteId: "b", noteTitle: "B", topic: "consensus", seconds: 90 }),
  question({ cardId: "c:trap:1", noteId: "c", noteTitle: "C", topic: "caching" }),
];

describe("round summary", () => {
  const answers = [answer([0, 1, 2, 3, 4]), answer([0]), answer([0, 1, 2], { timeUsedMs: 90_000 }), answer([0, 1, 2, 3])];
  const summary = summarizeRound(questions, answers);

  it("scores each question and the round, and compares time used with time allowed", () => {
    expect(summary.results.map((r) => [r.covered, r.total, r.rating])).toEqual([[5, 5, 4], [1, 5, 1], [3, 5, 2], [4, 5, 3]]);
    expect(summary.score).toBeCloseTo((1 + 0.2 + 0.6 + 0.8) / 4);
    expect(summary.timeUsedMs).toBe(150_000);
    expect(summary.timeAllowedMs).toBe(180_000);
    expect(summary.results.map((r) => r.rated)).toEqual([true, true, false, true]);
  });

  it("lists the weakest topics first and the notes under 70 % to reread", () => {
    expect(summary.weakestTopics.map((t) => t.topic)).toEqual(["consensus", "caching", "replication"]);
    expect(summary.weakestTopics[0]?.score).toBeCloseTo(0.4);
    expect(summary.notesToReread).toEqual([{ noteId: "b", noteTitle: "B", score: 0.4 }]);
  });

  it("rates only graded answers to library cards, each under a key fixed by round and position", () => {
    const ratings = roundRatings(questions, [...answers.slice(0, 3), { ...answer([0]), graded: false }]);
    expect(ratings.map((r) => [r.index, r.cardId, r.rating])).toEqual([[0, "a:trap:1", 4], [1, "b:trap:1", 1]]);
    expect(roundRatings(questions, [null, null, null, null])).toEqual([]);
    expect(interviewRatingKey("round1", 3)).toBe("iv:round1:3");
    expect(interviewRatingKey("round1", 3)).toBe(interviewRatingKey("round1", 3));
  });

  it("adds up the phases of a full round", () => {
    const full = [question({ phase: "requirements", seconds: 360, cardId: null, kind: "phase" }), question({ phase: "requirements", seconds: 60 })];
    const s = summarizeRound(full, [answer([0], { timeUsedMs: 300_000 }), null]);
    expect(s.phases).toEqual([{ phase: "requirements", label: "Requirements", budgetMs: 420_000, usedMs: 300_000 }]);
    expect(s.answered).toBe(1);
  });
});

describe("accepting an answer", () => {
  it("detects terms itself, drops bad ticks and caps the time at the clock", () => {
    const q = question({});
    const stored = acceptAnswer(q, { mode: "typed", text: "Two Replicas, one LEADER", ticked: [1, 1, 9], timeUsedMs: 999_999, recorded: false, graded: false }, new Date(5_000));
    expect(stored).toEqual({
      mode: "typed",
      text: "Two Replicas, one LEADER",
      ticked: [1],
      timeUsedMs: 32_000,
      detectedTerms: ["replica", "leader"],
      recorded: false,
      graded: false,
      answeredAt: 5_000,
    });
  });
});

describe("round links", () => {
  it("round-trips kind, seed and topics", () => {
    const link = roundQueryString({ kind: "drills", seed: 123, topics: ["replication", "consensus"] });
    expect(link).toBe("kind=drills&seed=123&topics=replication%2Cconsensus");
    expect(parseRoundQuery(Object.fromEntries(new URLSearchParams(link)))).toEqual({ kind: "drills", seed: 123, topics: ["replication", "consensus"] });
  });

  it("falls back to defaults on malformed values", () => {
    expect(parseRoundQuery({ kind: "nope", seed: "-4", topics: ["Bad Topic!", "ok"] })).toEqual({ kind: "lightning", seed: null, topics: ["ok"] });
    expect(parseRoundQuery({})).toEqual({ kind: "lightning", seed: null, topics: [] });
  });

  it("the start form says what a seed must be, in words, whatever was typed", () => {
    for (const seed of ["not a seed !!", "1.5", "-1", String(MAX_SEED + 1)]) {
      const result = startRoundSchema.safeParse({ kind: "lightning", seed, topics: [] });
      expect(result.success, seed).toBe(false);
      expect(result.error?.issues.map((i) => i.message), seed).toEqual([`the seed must be a whole number from 0 to ${MAX_SEED}`]);
    }
    expect(startRoundSchema.parse({ kind: "lightning", seed: " ", topics: [] }).seed).toBeUndefined();
    expect(startRoundSchema.parse({ kind: "lightning", seed: "42", topics: [] }).seed).toBe(42);
  });
});

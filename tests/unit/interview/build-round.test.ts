import { describe, expect, it } from "vitest";
import {
  buildRound,
  FULL_ROUND_PHASES,
  InterviewError,
  MAX_SEED,
  phaseRubric,
  readFramework,
  ROUND_KINDS,
  type RoundKind,
} from "@/lib/interview";
import { fixtureLibrary } from "./fixture-library";

const library = fixtureLibrary();
const build = (kind: RoundKind, seed: number, topics: string[] = []) => buildRound({ kind, seed, topics, source: library, learner: null });
const cardIds = (kind: RoundKind, seed: number, topics: string[] = []) => build(kind, seed, topics).questions.map((q) => q.cardId ?? `${q.kind}:${q.noteId}:${q.phase ?? ""}`);

describe("round definitions", () => {
  it("lightning: ten trap questions of 30 seconds, at most two per note", () => {
    for (let seed = 0; seed < 50; seed++) {
      const { questions } = build("lightning", seed);
      expect(questions).toHaveLength(10);
      for (const q of questions) expect(q).toMatchObject({ kind: "trap", seconds: 30 });
      const perNote = new Map<string, number>();
      for (const q of questions) perNote.set(q.noteId, (perNote.get(q.noteId) ?? 0) + 1);
      expect(Math.max(...perNote.values())).toBeLessThanOrEqual(2);
    }
  });

  it("drills: five drill cards of 30 seconds graded against the drill's key points", () => {
    const { questions } = build("drills", 4);
    expect(questions).toHaveLength(5);
    for (const q of questions) {
      const card = library.cards.find((c) => c.id === q.cardId);
      expect(card?.kind).toBe("drill");
      expect(q.seconds).toBe(30);
      expect(q.keyPoints).toEqual(card?.keyPoints);
    }
  });

  it("follow-up chain: an opening question, then 2–3 follow-ups on the same, prerequisite or related notes, 90 s each", () => {
    const counts = new Set<number>();
    for (let seed = 0; seed < 60; seed++) {
      const [opening, ...followUps] = build("follow-up", seed).questions;
      expect(opening?.kind).toBe("concept");
      const openingNote = library.notes.find((n) => n.id === opening?.noteId);
      const near = new Set([openingNote?.id, ...(openingNote?.links.filter((l) => l.kind !== "body").map((l) => l.targetId) ?? [])]);
      counts.add(followUps.length);
      expect(followUps[0]?.noteId).toBe(opening?.noteId);
      for (const q of [opening, ...followUps]) expect(q?.seconds).toBe(90);
      for (const q of followUps) {
        expect(near.has(q.noteId)).toBe(true);
        expect(q.lead).toBeTruthy();
      }
    }
    expect([...counts].sort()).toEqual([2, 3]);
  });

  it("full round: four phases in order with the framework's budgets, 30–45 minutes in all", () => {
    for (let seed = 0; seed < 20; seed++) {
      const { questions } = build("full", seed);
      const phases = questions.map((q) => q.phase);
      expect([...new Set(phases)]).toEqual(FULL_ROUND_PHASES.map((p) => p.id));
      for (const p of FULL_ROUND_PHASES) {
        const used = questions.filter((q) => q.phase === p.id).reduce((s, q) => s + q.seconds, 0);
        expect(used).toBe(p.budgetSeconds);
      }
      const total = questions.reduce((s, q) => s + q.seconds, 0);
      expect(total).toBeGreaterThanOrEqual(30 * 60);
      expect(total).toBeLessThanOrEqual(45 * 60);
      // Phase prompts are graded against the framework and are not cards; probes are.
      const framework = readFramework(library.notes);
      for (const q of questions.filter((q) => q.kind === "phase")) {
        expect(q.cardId).toBeNull();
        expect(q.keyPoints).toEqual(phaseRubric(framework, q.phase ?? "requirements"));
      }
      expect(questions.filter((q) => q.cardId !== null).length).toBeGreaterThanOrEqual(2);
    }
  });

  it("reads the rubric from the framework note", () => {
    const framework = readFramework(library.notes);
    expect(framework.noteId).toBe("interview-framework");
    expect(phaseRubric(framework, "requirements")).toEqual([
      "Strong or eventual consistency?",
      "Read/write ratio",
      "Scale",
      "Said something concrete, e.g. “Balances must be exact.”",
    ]);
    expect(phaseRubric(framework, "high-level-design")).toHaveLength(5);
    // Without the note, the seed material's built-in steps stand in.
    expect(readFramework([]).noteId).toBeNull();
    expect(phaseRubric(readFramework([]), "trade-offs").length).toBeGreaterThan(0);
  });
});

describe("drawing questions", () => {
  it("never repeats a question within a round", () => {
    for (const kind of ROUND_KINDS) {
      for (let seed = 0; seed < 40; seed++) {
        const ids = cardIds(kind, seed);
        expect(new Set(ids).size, `${kind} seed ${seed}`).toBe(ids.length);
      }
    }
  });

  it("is reproducible from the seed, and different seeds give different rounds", () => {
    for (const kind of ROUND_KINDS) {
      expect(build(kind, 123)).toEqual(build(kind, 123));
      const distinct = new Set(Array.from({ length: 10 }, (_, seed) => cardIds(kind, seed).join("|")));
      expect(distinct.size, kind).toBeGreaterThan(1);
    }
  });

  it("keeps to the topic filter (tags or areas)", () => {
    for (let seed = 0; seed < 20; seed++) {
      const { questions } = build("lightning", seed, ["reliability"]);
      expect(questions).toHaveLength(6); // timeouts and retries, three traps each
      expect(new Set(questions.map((q) => q.noteId))).toEqual(new Set(["timeouts", "retries"]));
    }
    expect(build("drills", 1, ["distributed"]).questions).toHaveLength(5);
  });

  it("fails with a domain error when nothing matches or the seed is out of range", () => {
    expect(() => build("lightning", 1, ["no-such-topic"])).toThrow(InterviewError);
    expect(() => build("follow-up", 1, ["no-such-topic"])).toThrow(InterviewError);
    expect(() => build("lightning", -1)).toThrow(InterviewError);
    expect(() => build("lightning", MAX_SEED + 1)).toThrow(InterviewError);
    expect(() => build("lightning", 1.5)).toThrow(InterviewError);
  });

  it("snapshots each question with its note's key terms, aliases and tips", () => {
    const q = build("lightning", 2, ["replication"]).questions.find((x) => x.noteId === "quorums");
    expect(q?.terms).toEqual(["replication", "partition", "consensus", "quorum", "W+R>N"]);
    expect(q?.tips.length).toBeGreaterThan(0);
    expect(q?.keyPoints.length).toBeGreaterThan(0);
  });
});

import { describe, expect, it } from "vitest";
import { buildLibrary, deriveCards, parseNote } from "@/lib/content";
import { lineOf, SEED, SEED_FILE } from "./helpers";

describe("seed 004 (the reference note)", () => {
  const result = parseNote(SEED_FILE, SEED);
  const note = result.note;

  it("loads unchanged with no errors or warnings", () => {
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(note).not.toBeNull();
  });

  it("reads the front matter", () => {
    expect(note?.frontMatter).toEqual({
      id: "distributed-systems-basics",
      title: "Distributed Systems Basics",
      type: "concept",
      status: "learning",
      importance: 45,
      difficulty: "medium",
      tags: ["system-design", "distributed"],
      canonical: true,
      aliases: [],
      created_at: "2026-01-19",
      updated_at: "2026-01-19",
    });
    expect(note?.fieldLines["importance"]).toBe(6);
    expect(note?.area).toBe("distributed");
  });

  it("yields exactly its 3 trap questions with answers and lines", () => {
    expect(note?.trapQuestions.map(({ question, answer, line }) => ({ question, answer, line }))).toEqual([
      { question: "Are partitions rare enough to ignore?", answer: "no; they must be assumed.", line: lineOf(SEED, "1) **Q:**") },
      { question: "Is distributed always faster?", answer: "no; coordination adds latency.", line: lineOf(SEED, "2) **Q:**") },
      { question: "Can you have perfect consistency and availability?", answer: "not during partitions.", line: lineOf(SEED, "3) **Q:**") },
    ]);
  });

  it("yields its explanation", () => {
    expect(note?.explain?.markdown).toBe(
      "Distributed systems are multiple nodes working together over a network. They scale and survive failures but require explicit consistency choices.",
    );
  });

  it("reads TL;DR, definition, key terms, pitfalls, anti-patterns, decision rules and self-check", () => {
    expect(note?.tldr.map((t) => t.text)).toEqual([
      "Distributed systems coordinate multiple nodes over networks.",
      "Use them for scalability and availability.",
      "Trade-off: partial failures and consistency challenges.",
    ]);
    expect(note?.definition?.whatItIs).toBe("Systems that run across multiple machines and communicate over a network.");
    expect(note?.definition?.keyTerms).toEqual(["replication", "partition", "consensus"]);
    expect(note?.pitfalls.map((p) => p.text)).toEqual(["Network partitions and split-brain."]);
    expect(note?.antiPatterns).toEqual([
      {
        name: "Assuming network reliability.",
        explanation: "- **Why it’s bad:** hidden failure modes.\n- **Better approach:** design for partitions.",
        line: lineOf(SEED, "- **Anti-pattern:**"),
      },
    ]);
    expect(note?.decisionRules?.useWhen.map((r) => r.text)).toEqual(["You need scale or availability beyond one node."]);
    expect(note?.decisionRules?.avoidWhen.map((r) => r.text)).toEqual(["Single-node solutions are sufficient."]);
    expect(note?.selfCheck).toHaveLength(5);
    expect(note?.selfCheck[0]?.text).toBe("I can define distributed systems.");
  });

  it("normalises section names", () => {
    expect(note?.sections.map((s) => s.key)).toEqual([
      "tldr", "definition", "why-it-matters", "scope-non-goals", "mental-model-intuition", "decision-rules",
      "use-when", "avoid-when", "how-i-would-use-it", "trade-offs-alternatives", "trade-offs", "alternatives",
      "pitfalls", "observability", "implementation-notes", "mini-example", "anti-patterns", "interview", "explain",
      "trap-questions", "self-check", "links", "prerequisites", "related", "compare",
    ]);
  });

  it("resolves its links to note ids by relative path", () => {
    expect(note?.links.map(({ kind, path, targetId }) => ({ kind, path, targetId }))).toEqual([
      { kind: "prerequisite", path: "operations/networking-basics.md", targetId: "networking-basics" },
      { kind: "related", path: "distributed/cap-theorem.md", targetId: "cap-theorem" },
      { kind: "compare", path: "distributed/partitioning-and-sharding.md", targetId: "partitioning-and-sharding" },
    ]);
  });

  it("derives golden cards", () => {
    if (!note) throw new Error("seed did not load");
    const { cards, errors } = deriveCards(note);
    expect(errors).toEqual([]);
    expect(cards.map((c) => c.id)).toEqual([
      "distributed-systems-basics:concept:main",
      "distributed-systems-basics:trap:partitions-rare-enough-ignore",
      "distributed-systems-basics:trap:distributed-always-faster",
      "distributed-systems-basics:trap:have-perfect-consistency-availability",
      "distributed-systems-basics:drill:main",
      "distributed-systems-basics:self-check:define-distributed-systems",
      "distributed-systems-basics:self-check:name-trade-off",
      "distributed-systems-basics:self-check:describe-pitfall",
      "distributed-systems-basics:self-check:explain-replication-vs-partitioning",
      "distributed-systems-basics:self-check:connect-cap",
      "distributed-systems-basics:anti-pattern:assuming-network-reliability",
      "distributed-systems-basics:decision:main",
    ]);
    const concept = cards.find((c) => c.kind === "concept");
    expect(concept?.prompt).toBe("**Distributed Systems Basics**\n\nWhat is it, in your own words, and what are its key terms?");
    expect(concept?.answer).toContain("- Distributed systems coordinate multiple nodes over networks.");
    expect(concept?.answer).toContain("**What it is:** Systems that run across multiple machines");
    const drill = cards.find((c) => c.kind === "drill");
    expect(drill?.prompt).toBe("**Distributed Systems Basics**\n\nExplain it in 30 seconds, as if teaching it to a colleague.");
    expect(drill?.answer).toBe(note.explain?.markdown);
    expect(drill?.keyPoints).toEqual([
      "replication",
      "partition",
      "consensus",
      "Distributed systems coordinate multiple nodes over networks.",
      "Use them for scalability and availability.",
      "Trade-off: partial failures and consistency challenges.",
    ]);
    const trap = cards.find((c) => c.kind === "trap");
    expect(trap).toMatchObject({ prompt: "Are partitions rare enough to ignore?", answer: "no; they must be assumed." });
    expect(trap?.context).toBe("- Network partitions and split-brain.");
    expect(cards.filter((c) => c.kind === "trap")).toHaveLength(3);
  });

  it("warns only about its three missing link targets when loaded alone", () => {
    const library = buildLibrary([{ file: SEED_FILE, text: SEED }]);
    expect(library.errors).toEqual([]);
    expect(library.notes).toHaveLength(1);
    expect(library.warnings.map((w) => [w.line, w.message])).toEqual([
      [lineOf(SEED, "[Networking basics]"), expect.stringContaining("operations/networking-basics.md")],
      [lineOf(SEED, "[CAP theorem"), expect.stringContaining("distributed/cap-theorem.md")],
      [lineOf(SEED, "[Partitioning"), expect.stringContaining("distributed/partitioning-and-sharding.md")],
    ]);
  });
});

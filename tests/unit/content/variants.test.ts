import { describe, expect, it } from "vitest";
import { deriveCards, parseNote, type Note } from "@/lib/content";
import { dropSection, lineOf, replaceSection, SEED, SEED_FILE, TRAP_HEADING } from "./helpers";

function load(text: string, file = SEED_FILE): Note {
  const result = parseNote(file, text);
  expect(result.errors).toEqual([]);
  if (!result.note) throw new Error("note did not load");
  return result.note;
}

const seed = load(SEED);
const seedTraps = seed.trapQuestions.map(({ question, answer, line }) => ({ question, answer, line }));

describe("what authors really write", () => {
  it("accepts CRLF line endings with the same content and lines", () => {
    const note = load(SEED.replace(/\n/g, "\r\n"));
    expect(note.trapQuestions.map(({ question, answer, line }) => ({ question, answer, line }))).toEqual(seedTraps);
    expect(note.explain?.markdown).toBe(seed.explain?.markdown);
    expect(note.body).not.toContain("\r");
  });

  it("accepts a UTF-8 BOM", () => {
    const note = load(`\uFEFF${SEED}`);
    expect(note.id).toBe("distributed-systems-basics");
    expect(note.fieldLines["id"]).toBe(2);
    expect(note.trapQuestions).toHaveLength(3);
  });

  it("accepts straight or curly quotes in headings", () => {
    const straight = load(SEED.replace("### “Explain it like I’m teaching”", `### "Explain it like I'm teaching"`));
    expect(straight.explain?.markdown).toBe(seed.explain?.markdown);
    const curly = load(SEED.replace(TRAP_HEADING, "### ‘Trap’ questions (with answers)"));
    expect(curly.trapQuestions).toHaveLength(3);
  });

  it("accepts `1.` numbering and unnumbered bullets for trap questions", () => {
    const dotted = load(SEED.replace(/^(\d)\) \*\*Q/gm, "$1. **Q"));
    expect(dotted.trapQuestions.map((q) => q.answer)).toEqual(seed.trapQuestions.map((q) => q.answer));
    const bulleted = load(SEED.replace(/^\d\) \*\*Q/gm, "- **Q"));
    expect(bulleted.trapQuestions.map((q) => q.question)).toEqual(seed.trapQuestions.map((q) => q.question));
  });

  it("accepts block-style YAML lists and flow lists", () => {
    const note = load(
      SEED.replace("tags: [system-design, distributed]", "tags:\n  - system-design\n  - distributed").replace(
        "aliases: []",
        "aliases:\n  - DS basics\n  - distributed computing",
      ),
    );
    expect(note.frontMatter.tags).toEqual(["system-design", "distributed"]);
    expect(note.frontMatter.aliases).toEqual(["DS basics", "distributed computing"]);
    // Two extra lines for the block list: key lines still map to the file.
    expect(note.fieldLines["canonical"]).toBe(lineOf(SEED, "canonical:") + 2);
  });

  it("accepts unquoted, quoted and timestamp dates", () => {
    const quoted = load(SEED.replace("created_at: 2026-01-19", 'created_at: "2026-01-19"').replace("updated_at: 2026-01-19", "updated_at: '2026-02-03T10:00:00Z'"));
    expect(quoted.frontMatter.created_at).toBe("2026-01-19");
    expect(quoted.frontMatter.updated_at).toBe("2026-02-03");
  });

  it("strips curly quotes typed around a title", () => {
    const note = load(SEED.replace('title: "Distributed Systems Basics"', "title: “Distributed Systems Basics”"));
    expect(note.title).toBe("Distributed Systems Basics");
  });

  it("keeps multi-line answers with code blocks and nested bullets", () => {
    const traps = [
      "1) **Q:** How do you make a retried payment safe?",
      "   - **A:** Send an idempotency key:",
      "",
      "     ```http",
      "     POST /payments",
      "     Idempotency-Key: 7f3c",
      "     ```",
      "",
      "     - the server stores the key with the result",
      "       - keyed by client and key",
      "     - a replay returns the stored result",
      "2) **Q:** Can the answer sit in the same paragraph?",
      "   **A:** Yes, after a line break.",
      "3) **Q:** And without an A label?",
      "",
      "   Then the paragraph below the question is the answer.",
    ].join("\n");
    const note = load(replaceSection(SEED, TRAP_HEADING, traps));
    expect(note.trapQuestions.map((q) => q.answer)).toEqual([
      [
        "Send an idempotency key:",
        "",
        "```http",
        "POST /payments",
        "Idempotency-Key: 7f3c",
        "```",
        "",
        "- the server stores the key with the result",
        "  - keyed by client and key",
        "- a replay returns the stored result",
      ].join("\n"),
      "Yes, after a line break.",
      "Then the paragraph below the question is the answer.",
    ]);
    expect(note.trapQuestions[1]?.question).toBe("Can the answer sit in the same paragraph?");
  });

  it("accepts other label spellings, escapes and entities in questions", () => {
    const traps = [
      "1) **Q**: Colon outside the bold?",
      "   - A: plain label answer",
      "2) Q: plain question?",
      "   - *A:* italic label",
      "3) **Question:** Is `W + R > N` \\*always\\* enough &amp; why?",
      "   - **Answer:** no.",
    ].join("\n");
    const note = load(replaceSection(SEED, TRAP_HEADING, traps));
    expect(note.trapQuestions.map((q) => [q.questionText, q.answer])).toEqual([
      ["Colon outside the bold?", "plain label answer"],
      ["plain question?", "italic label"],
      ["Is W + R > N *always* enough & why?", "no."],
    ]);
    expect(deriveCards(note).cards.filter((c) => c.kind === "trap").map((c) => c.id.split(":")[2])).toEqual([
      "colon-outside-bold",
      "plain-question",
      "w-r-n-always-enough-why",
    ]);
  });

  it("reads GFM tables and ASCII diagrams", () => {
    const example = [
      "| Replicas (N) | W | R | Overlap? |",
      "|---|---|---|---|",
      "| 3 | 2 | 2 | yes |",
      "| 3 | 1 | 1 | no |",
      "",
      "```text",
      "client --> LB --> svc",
      "```",
    ].join("\n");
    const note = load(replaceSection(SEED, "## Mini example (if applicable)", example));
    expect(note.tables).toEqual([
      { line: lineOf(replaceSection(SEED, "## Mini example (if applicable)", example), "| Replicas"), section: "mini-example", header: ["Replicas (N)", "W", "R", "Overlap?"], rows: [["3", "2", "2", "yes"], ["3", "1", "1", "no"]] },
    ]);
    expect(note.sections.find((s) => s.key === "mini-example")?.markdown).toContain("client --> LB --> svc");
  });

  it("puts any title above its one-per-note questions, shown literally, asked by the note's type", () => {
    const odd = SEED.replace('title: "Distributed Systems Basics"', 'title: "Latency Numbers *Every* Engineer [Should] Know"').replace("type: concept", "type: reference");
    const cards = deriveCards(load(odd)).cards;
    const concept = cards.find((c) => c.kind === "concept");
    expect(concept?.prompt).toBe("**Latency Numbers \\*Every\\* Engineer \\[Should\\] Know**\n\nWhat are the points worth knowing by heart?");
    expect(concept?.id).toBe("distributed-systems-basics:concept:main");
    expect(cards.find((c) => c.kind === "decision")?.prompt).toMatch(/\n\nWhen would you reach for it, and when would you avoid it\?$/);
  });

  it("accepts emoji and non-ASCII titles, headings and questions", () => {
    const text = SEED.replace('title: "Distributed Systems Basics"', 'title: "Réplication 🚀 — 分布式"')
      .replace("# Distributed Systems Basics", "# Réplication 🚀 — 分布式")
      .replace("## TL;DR (BLUF)", "## 🧠 TL;DR (BLUF)")
      .replace("Is distributed always faster?", "分布式总是更快吗？");
    const note = load(text);
    expect(note.title).toBe("Réplication 🚀 — 分布式");
    expect(note.tldr).toHaveLength(3);
    const { cards } = deriveCards(note);
    expect(cards[0]?.prompt).toBe("**Réplication 🚀 — 分布式**\n\nWhat is it, in your own words, and what are its key terms?");
    const trapIds = cards.filter((c) => c.kind === "trap").map((c) => c.id);
    expect(trapIds[1]).toMatch(/^distributed-systems-basics:trap:h[0-9a-z]+$/);
    expect(deriveCards(load(text)).cards.map((c) => c.id)).toEqual(cards.map((c) => c.id));
  });

  it("tolerates missing and reordered sections", () => {
    const interviewStart = SEED.indexOf("## Interview readiness");
    const linksStart = SEED.indexOf("## Links (NO duplication)");
    const interview = SEED.slice(interviewStart, linksStart);
    let text = SEED.slice(0, interviewStart) + SEED.slice(linksStart);
    text = text.replace("## TL;DR (BLUF)", `${interview}## TL;DR (BLUF)`);
    text = dropSection(text, "## Why it matters");
    text = dropSection(text, "## Failure modes & Pitfalls");
    const note = load(text);
    expect(note.trapQuestions.map((q) => q.question)).toEqual(seed.trapQuestions.map((q) => q.question));
    expect(note.explain?.markdown).toBe(seed.explain?.markdown);
    expect(note.tldr).toHaveLength(3);
    expect(note.pitfalls).toEqual([]);
    expect(note.sections.some((s) => s.key === "why-it-matters")).toBe(false);
  });

  it("finds interview parts promoted to ## headings without an Interview section", () => {
    const text = SEED.replace("## Interview readiness\n", "")
      .replace("### “Explain it like I’m teaching”", "## Explain it like I'm teaching")
      .replace(TRAP_HEADING, "## Trap questions")
      .replace("### Quick self-check (5 items)", "## Self check");
    const note = load(text);
    expect(note.trapQuestions).toHaveLength(3);
    expect(note.explain).not.toBeNull();
    expect(note.selfCheck).toHaveLength(5);
  });

  it("reads key terms given as a list, and a definition without labels", () => {
    const listed = load(replaceSection(SEED, "## Definition", "**What it is:** Many machines.\n\n**Key terms:**\n\n- replication\n- partition"));
    expect(listed.definition?.keyTerms).toEqual(["replication", "partition"]);
    const bare = load(replaceSection(SEED, "## Definition", "Many machines cooperating over a network."));
    expect(bare.definition?.whatItIs).toBe("Many machines cooperating over a network.");
    expect(bare.definition?.keyTerms).toEqual([]);
  });

  it("keeps parenthesised commas inside one key term", () => {
    const note = load(SEED.replace("**Key terms:** replication, partition, consensus.", "**Key terms:** quorum (W + R > N, majority), `lease`; fencing token."));
    expect(note.definition?.keyTerms).toEqual(["quorum (W + R > N, majority)", "lease", "fencing token"]);
  });

  it("reads walkthrough steps and sim blocks", () => {
    const flow = "## End-to-end flow\n1. Client sends the request.\n2. The LB picks an instance.\n   - health checks decide\n3. The primary commits.\n\n## Simulation\n```sim\nscenario: request-flow\nseed: 7\nsettings:\n  followers: 2\n```\n\n";
    const text = SEED.replace("type: concept", "type: walkthrough").replace("## Why it matters", `${flow}## Why it matters`);
    const note = load(text);
    expect(note.steps.map((s) => s.text)).toEqual(["Client sends the request.", "The LB picks an instance. - health checks decide", "The primary commits."]);
    expect(note.steps[1]?.markdown).toBe("The LB picks an instance.\n- health checks decide");
    expect(note.sims).toEqual([{ scenario: "request-flow", seed: 7, settings: { followers: 2 }, line: lineOf(text, "```sim") }]);
  });
});

import { describe, expect, it } from "vitest";
import { cardKeyPoints, keyPointsFromAnswer, noteTips, pitfallProbe, plainLines, questionFromCard, topicOf } from "@/lib/interview";
import { fixtureLibrary } from "./fixture-library";

describe("key points of a model answer", () => {
  it("strips Markdown and drops bold-only sub-headings", () => {
    expect(plainLines("**Use it when**\n\n- a **bold** `code` [link](x.md) item\n1) numbered\n- [ ] box")).toEqual([
      "a bold code link item",
      "numbered",
      "box",
    ]);
  });

  it("splits sentences, and semicolons only between full clauses", () => {
    expect(keyPointsFromAnswer("No. Averages hide the tail; a limit near the mean fails healthy requests. Use the p99 plus headroom.")).toEqual([
      "Averages hide the tail",
      "A limit near the mean fails healthy requests.",
      "Use the p99 plus headroom.",
    ]);
    expect(keyPointsFromAnswer("no; they must be assumed.")).toEqual(["No; they must be assumed."]);
    expect(keyPointsFromAnswer("Yes.")).toEqual(["Yes."]);
    expect(keyPointsFromAnswer("")).toEqual([]);
  });

  it("caps sentence key points at six", () => {
    const answer = Array.from({ length: 9 }, (_, i) => `Sentence number ${i} says something.`).join(" ");
    expect(keyPointsFromAnswer(answer)).toHaveLength(6);
  });
});

describe("questions from the library", () => {
  const library = fixtureLibrary();
  const quorums = library.notes.find((n) => n.id === "quorums");
  const cards = library.cards.filter((c) => c.noteId === "quorums");

  it("uses a drill's authored key points, a concept's terms and TL;DR, and a trap answer's sentences", () => {
    if (!quorums) throw new Error("fixture note missing");
    const drill = cards.find((c) => c.kind === "drill");
    const concept = cards.find((c) => c.kind === "concept");
    const trap = cards.find((c) => c.kind === "trap");
    expect(drill && cardKeyPoints(drill, quorums)).toEqual(drill?.keyPoints);
    expect(concept && cardKeyPoints(concept, quorums)).toEqual(["replication", "partition", "consensus", ...quorums.tldr.map((t) => t.text)]);
    expect(trap && cardKeyPoints(trap, quorums)).toEqual(["No; they must be assumed."]);
    expect(trap && questionFromCard(trap, quorums, 30)).toMatchObject({ cardId: trap?.id, topic: "replication", seconds: 30, kind: "trap" });
    expect(topicOf(quorums)).toBe("replication");
  });

  it("turns pitfalls and anti-patterns into tips, and pitfalls into an unrated probe", () => {
    if (!quorums) throw new Error("fixture note missing");
    expect(noteTips(quorums)).toEqual(["Network partitions and split-brain.", "**Assuming network reliability.** — hidden failure modes."]);
    const probe = pitfallProbe(quorums, 90, "Pushback");
    expect(probe).toMatchObject({ cardId: null, kind: "probe", lead: "Pushback", keyPoints: ["Network partitions and split-brain."], seconds: 90 });
    expect(pitfallProbe({ ...quorums, pitfalls: [] }, 90)).toBeNull();
  });
});

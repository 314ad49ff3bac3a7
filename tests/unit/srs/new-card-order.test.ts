import { describe, expect, it } from "vitest";
import { orderNewCards, type OrderableCard, type OrderableNote } from "@/lib/srs";
import { pickInt, prng } from "./prng";

const note = (id: string, area: string, prerequisites: string[] = []): OrderableNote => ({ id, area, prerequisites });
const cardsOf = (notes: OrderableNote[], perNote = 1): OrderableCard[] =>
  notes.flatMap((n) => Array.from({ length: perNote }, (_, k) => ({ id: `${n.id}#${k}`, noteId: n.id })));

describe("orderNewCards", () => {
  it("puts a note's prerequisites first, even when the library lists them later", () => {
    const notes = [note("raft", "consensus", ["quorum"]), note("quorum", "consensus")];
    expect(orderNewCards(notes, cardsOf(notes))).toEqual(["quorum#0", "raft#0"]);
  });

  it("takes topics in turn, in library order within each topic", () => {
    const notes = [note("a1", "A"), note("a2", "A"), note("a3", "A"), note("b1", "B"), note("b2", "B"), note("c1", "C")];
    expect(orderNewCards(notes, cardsOf(notes))).toEqual(["a1#0", "b1#0", "c1#0", "a2#0", "b2#0", "a3#0"]);
  });

  it("interleaves the cards of multi-card notes across topics", () => {
    const notes = [note("a", "A"), note("b", "B")];
    expect(orderNewCards(notes, cardsOf(notes, 2))).toEqual(["a#0", "b#0", "a#1", "b#1"]);
  });

  it("uses the first tag as topic when a note has no area", () => {
    const notes: OrderableNote[] = [
      { id: "x1", prerequisites: [], tags: ["x", "y"] },
      { id: "x2", prerequisites: [], tags: ["x"] },
      { id: "y1", prerequisites: [], tags: ["y"] },
    ];
    expect(orderNewCards(notes, cardsOf(notes))).toEqual(["x1#0", "y1#0", "x2#0"]);
  });

  it("breaks a cycle at its earliest note, not at a note that merely depends on it", () => {
    const notes = [note("p", "A", ["c2"]), note("c1", "B", ["c2"]), note("c2", "B", ["c1"])];
    expect(orderNewCards(notes, cardsOf(notes))).toEqual(["c1#0", "c2#0", "p#0"]);
  });

  it("waits for every card of a prerequisite, and passes through notes without new cards", () => {
    const notes = [note("base", "A"), note("done", "B", ["base"]), note("top", "B", ["done"])];
    const cards = [...cardsOf([note("base", "A")], 3), ...cardsOf([note("top", "B")])];
    expect(orderNewCards(notes, cards)).toEqual(["base#0", "base#1", "base#2", "top#0"]);
  });

  it("appends cards of unknown notes and ignores unknown prerequisites", () => {
    const notes = [note("a", "A", ["ghost"])];
    expect(orderNewCards(notes, [{ id: "z", noteId: "nowhere" }, { id: "a#0", noteId: "a" }])).toEqual(["a#0", "z"]);
  });

  it("keeps every card once and respects prerequisites on random libraries", () => {
    for (let seed = 1; seed <= 100; seed += 1) {
      const next = prng(seed);
      const count = pickInt(next, 1, 40);
      const notes: OrderableNote[] = Array.from({ length: count }, (_, k) => ({
        id: `n${k}`,
        area: `t${pickInt(next, 0, 3)}`,
        // Prerequisites among earlier-created ids, then shuffled into library order: a DAG.
        prerequisites: Array.from({ length: pickInt(next, 0, 3) }, () => `n${pickInt(next, 0, Math.max(0, k - 1))}`).filter((id) => id !== `n${k}`),
      }));
      const library = [...notes].sort(() => next() - 0.5);
      const cards = library.flatMap((n) => Array.from({ length: pickInt(next, 0, 3) }, (_, j) => ({ id: `${n.id}#${j}`, noteId: n.id })));
      const order = orderNewCards(library, cards);
      expect([...order].sort()).toEqual(cards.map((c) => c.id).sort());
      expect(orderNewCards(library, cards)).toEqual(order);
      const position = new Map(order.map((id, k) => [id, k]));
      for (const n of notes) {
        const mine = cards.filter((c) => c.noteId === n.id).map((c) => position.get(c.id) ?? -1);
        const theirs = cards.filter((c) => n.prerequisites.includes(c.noteId)).map((c) => position.get(c.id) ?? -1);
        if (mine.length && theirs.length) expect(Math.max(...theirs)).toBeLessThan(Math.min(...mine));
      }
    }
  });
});

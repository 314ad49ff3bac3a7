import { describe, expect, it } from "vitest";
import { cardAnchor, cardHref } from "@/lib/note-href";

describe("cardHref", () => {
  it("points at the card's block on its note page, its id escaped for the fragment", () => {
    expect(cardAnchor("cap-theorem:trap:ca-during-partition")).toBe("card-cap-theorem:trap:ca-during-partition");
    expect(cardHref("cap-theorem", "cap-theorem:trap:ca-during-partition")).toBe("/notes/cap-theorem#card-cap-theorem%3Atrap%3Aca-during-partition");
    expect(decodeURIComponent(new URL(cardHref("n", "n:sim:x"), "http://q.test").hash.slice(1))).toBe(cardAnchor("n:sim:x"));
  });
});

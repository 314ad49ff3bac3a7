import { describe, expect, it } from "vitest";
import { leechList } from "@/lib/stats";

describe("leechList", () => {
  const cards = [
    { cardId: "b", lapses: 8, suspended: false },
    { cardId: "a", lapses: 8, suspended: true },
    { cardId: "c", lapses: 7, suspended: false },
    { cardId: "d", lapses: 15, suspended: false },
    { cardId: "e", lapses: 0, suspended: false },
  ];

  it("lists the leeches only, the most forgotten first, then by card id", () => {
    expect(leechList(cards, 10)).toEqual({
      total: 3,
      cards: [
        { cardId: "d", lapses: 15, suspended: false },
        { cardId: "a", lapses: 8, suspended: true },
        { cardId: "b", lapses: 8, suspended: false },
      ],
    });
  });

  it("counts them all but lists at most `limit`", () => {
    expect(leechList(cards, 1)).toEqual({ total: 3, cards: [{ cardId: "d", lapses: 15, suspended: false }] });
    expect(leechList([], 5)).toEqual({ total: 0, cards: [] });
  });
});

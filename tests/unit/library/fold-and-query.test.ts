import { describe, expect, it } from "vitest";
import { EMPTY_QUERY, foldText, isEmptyQuery, libraryQueryString, parseLibraryQuery, queryTerms, type LibraryQuery } from "@/lib/library";
import { pickInt, prng } from "../srs/prng";

describe("foldText", () => {
  it("drops case, accents and punctuation", () => {
    expect(foldText("Brèwer’s  Théorem")).toBe("brewer s theorem");
    expect(foldText("brewer's-theorem")).toBe("brewer s theorem");
    expect(foldText("  W+R>N  ")).toBe("w r n");
    expect(foldText("Ärger_über/Straße")).toBe("arger uber straße");
    expect(foldText("—")).toBe("");
  });

  it("splits a query into folded words", () => {
    expect(queryTerms("  Vector CLOCKS ")).toEqual(["vector", "clocks"]);
    expect(queryTerms(" - ")).toEqual([]);
  });
});

describe("parseLibraryQuery", () => {
  it("reads each filter, trimming text and lower-casing enums", () => {
    expect(parseLibraryQuery({ q: "  cap ", tag: "consistency", area: "distributed", difficulty: "HARD", type: "Walkthrough" })).toEqual({
      q: "cap",
      tag: "consistency",
      area: "distributed",
      difficulty: "hard",
      type: "walkthrough",
    });
  });

  it("treats missing, unknown and repeated values sanely", () => {
    expect(parseLibraryQuery({})).toEqual(EMPTY_QUERY);
    expect(parseLibraryQuery({ difficulty: "impossible", type: "essay" })).toEqual(EMPTY_QUERY);
    expect(parseLibraryQuery({ tag: ["first", "second"], q: [] })).toEqual({ ...EMPTY_QUERY, tag: "first" });
    expect(parseLibraryQuery({ q: "x".repeat(500) }).q).toHaveLength(200);
    expect(parseLibraryQuery(new URLSearchParams("q=raft&difficulty=easy&other=1"))).toEqual({ ...EMPTY_QUERY, q: "raft", difficulty: "easy" });
  });

  it("round-trips through the URL for many random queries", () => {
    const next = prng(42);
    const words = ["cap", "café crème", "a&b=c", "100%", "#tag", "räft", " spaced ", "?"];
    const pick = <T>(list: readonly T[]) => list[pickInt(next, 0, list.length - 1)] as T;
    for (let i = 0; i < 300; i++) {
      const query: LibraryQuery = {
        q: next() < 0.3 ? "" : pick(words).trim(),
        tag: next() < 0.5 ? "" : pick(words).trim(),
        area: next() < 0.5 ? "" : pick(["distributed", "operations"]),
        difficulty: pick(["", "easy", "medium", "hard"] as const),
        type: pick(["", "concept", "walkthrough", "reference"] as const),
      };
      const qs = libraryQueryString(query);
      expect(parseLibraryQuery(new URLSearchParams(qs.slice(1)))).toEqual(query);
      expect(qs === "").toBe(isEmptyQuery(query));
    }
  });

  it("writes filters in a fixed order and leaves empty ones out", () => {
    expect(libraryQueryString({ type: "concept", q: "cap theorem", area: "" })).toBe("?q=cap+theorem&type=concept");
    expect(libraryQueryString(EMPTY_QUERY)).toBe("");
  });
});

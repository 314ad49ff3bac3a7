import { describe, expect, it } from "vitest";
import { detectTerms, findTerms, highlightTerms, wordForms } from "@/lib/interview";
import { prng, pickInt } from "../srs/prng";

describe("key-term matching", () => {
  it("matches plurals both ways, case-insensitively", () => {
    expect(detectTerms("Writes go to three Replicas", ["replica"])).toEqual(["replica"]);
    expect(detectTerms("we use QUORUMS for reads", ["quorum"])).toEqual(["quorum"]);
    expect(detectTerms("one quorum is enough", ["quorums"])).toEqual(["quorums"]);
    expect(detectTerms("bounded retries", ["retry"])).toEqual(["retry"]);
    expect(detectTerms("a retry budget", ["retries"])).toEqual(["retries"]);
    expect(detectTerms("two caches", ["cache"])).toEqual(["cache"]);
    expect(detectTerms("leader processes", ["process"])).toEqual(["process"]);
  });

  it("matches aliases and multi-word terms, with symbols between the letters", () => {
    const terms = ["write quorum", "W+R>N", "idempotency key"];
    expect(detectTerms("Set write quorums so that w + r > n holds", terms)).toEqual(["write quorum", "W+R>N"]);
    expect(detectTerms("send an Idempotency-Key header", terms)).toEqual(["idempotency key"]);
  });

  it("matches whole words only", () => {
    expect(detectTerms("the rep said quorumless designs fail", ["replica", "quorum"])).toEqual([]);
    expect(detectTerms("majority", ["major"])).toEqual([]);
    // "as" is not a plural of "a", and one-letter terms never match.
    expect(wordForms("as")).toEqual(["as"]);
    expect(detectTerms("a b c", ["a", "b"])).toEqual([]);
  });

  it("folds accents and curly apostrophes", () => {
    expect(detectTerms("Café caching", ["cafe"])).toEqual(["cafe"]);
    expect(detectTerms("the client’s key", ["client's key"])).toEqual(["client's key"]);
  });

  it("prefers the longest term and never overlaps matches", () => {
    const matches = findTerms("a read quorum and a quorum", ["quorum", "read quorum"]);
    expect(matches.map((m) => m.term)).toEqual(["read quorum", "quorum"]);
    expect(matches[0]).toMatchObject({ start: 2, end: 13 });
  });

  it("highlight segments always put the original text back together", () => {
    const vocabulary = ["replica", "replicas", "quorum", "Quorums", "lag", "read", "write", "W+R>N", " ", ", ", "é", "-"];
    const terms = ["replica", "read quorum", "W+R>N", "lag"];
    for (let seed = 1; seed <= 300; seed++) {
      const next = prng(seed);
      const text = Array.from({ length: pickInt(next, 0, 30) }, () => vocabulary[pickInt(next, 0, vocabulary.length - 1)]).join("");
      const segments = highlightTerms(text, terms);
      expect(segments.map((s) => s.text).join("")).toBe(text);
      for (const s of segments) if (s.term) expect(detectTerms(s.text, [s.term])).toEqual([s.term]);
    }
  });
});

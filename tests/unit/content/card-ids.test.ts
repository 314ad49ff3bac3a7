import { describe, expect, it } from "vitest";
import {
  assignCardIds,
  buildLibrary,
  createParseCache,
  parseManifest,
  promptSimilarity,
  serializeManifest,
  type CardDraft,
  type CardManifest,
  type Library,
} from "@/lib/content";
import { comparableText, words } from "@/lib/content/text";
import { replaceSection, SEED, SEED_FILE, TRAP_HEADING } from "./helpers";
import { prng } from "../srs/prng";

const QUESTIONS: readonly [string, string][] = [
  ["Are partitions rare enough to ignore?", "No; they must be assumed."],
  ["Is distributed always faster?", "No; coordination adds latency."],
  ["Can you have perfect consistency and availability?", "Not during partitions."],
  ["Does a retry make a timed-out write safe?", "Only if the write is idempotent."],
  ["Why does p99 latency matter more than the mean?", "Users feel the tail; fan-out amplifies it."],
  ["What does W + R > N guarantee?", "Read and write quorums overlap in one replica."],
];

function trapsMarkdown(qas: readonly (readonly [string, string, string?])[]): string {
  return qas.map(([q, a, pin], i) => `${i + 1}) **Q:** ${q}${pin ? ` <!-- card: ${pin} -->` : ""}\n   - **A:** ${a}`).join("\n");
}

function libraryWith(qas: readonly (readonly [string, string, string?])[], manifest?: CardManifest | null): Library {
  return buildLibrary([{ file: SEED_FILE, text: replaceSection(SEED, TRAP_HEADING, trapsMarkdown(qas)) }], { manifest: manifest ?? null });
}

/** Trap card id → its question. */
function trapIds(library: Library): Map<string, string> {
  return new Map(library.cards.filter((c) => c.kind === "trap").map((c) => [c.id, c.prompt]));
}

const first = libraryWith(QUESTIONS);
const manifest = first.manifest;
const idOf = (question: string) => [...trapIds(first)].find(([, q]) => q === question)?.[0];


/** Swap two adjacent letters inside a word (a realistic typo). */
function typo(text: string, random: () => number): string {
  const positions = [...text].flatMap((ch, i) => (/[a-z]/.test(ch) && /[a-z]/.test(text[i + 1] ?? "") ? [i] : []));
  const at = positions[Math.floor(random() * positions.length)] ?? 0;
  return text.slice(0, at) + (text[at + 1] ?? "") + (text[at] ?? "") + text.slice(at + 2);
}

describe("card ids are stable", () => {
  it("ids are {noteId}:{kind}:{key}, keys slugged from the question at first sighting", () => {
    expect([...trapIds(first).keys()]).toEqual([
      "distributed-systems-basics:trap:partitions-rare-enough-ignore",
      "distributed-systems-basics:trap:distributed-always-faster",
      "distributed-systems-basics:trap:have-perfect-consistency-availability",
      "distributed-systems-basics:trap:retry-make-timed-out-write-safe",
      "distributed-systems-basics:trap:why-p99-latency-matter-more-than",
      "distributed-systems-basics:trap:what-w-r-n-guarantee",
    ]);
    expect(first.errors).toEqual([]);
    expect(first.orphans).toEqual([]);
  });

  it("survive reordering", () => {
    const reordered = libraryWith([...QUESTIONS].reverse(), manifest);
    expect(trapIds(reordered)).toEqual(trapIds(first));
    expect(reordered.orphans).toEqual([]);
  });

  it("survive answer edits", () => {
    const edited = libraryWith(QUESTIONS.map(([q, a]) => [q, `${a} Longer now.\n\n     \`\`\`text\n     code\n     \`\`\``] as const), manifest);
    expect(trapIds(edited)).toEqual(trapIds(first));
  });

  it("survive a typo fix in a question (with the manifest)", () => {
    const withTypo = QUESTIONS.map(([q, a]) => [q === QUESTIONS[0]?.[0] ? "Are partitons rare enuogh to ignore?" : q, a] as const);
    const library = libraryWith(withTypo, manifest);
    expect(library.cards.find((c) => c.prompt === "Are partitons rare enuogh to ignore?")?.id).toBe(idOf("Are partitions rare enough to ignore?"));
    expect(library.orphans).toEqual([]);
    // Without the manifest the id would follow the new text: that is what the manifest is for.
    expect(libraryWith(withTypo).cards.find((c) => c.prompt.startsWith("Are partitons"))?.id).toBe("distributed-systems-basics:trap:partitons-rare-enuogh-ignore");
  });

  it("survive reorder + answer edits + a typo in every question, over many seeds", () => {
    for (let seed = 1; seed <= 25; seed++) {
      const random = prng(seed);
      const shuffled = [...QUESTIONS.entries()].sort(() => random() - 0.5);
      const edited = shuffled.map(([index, [q, a]]) => [typo(q, random), `${a} (edited ${seed})`, String(index)] as const);
      const library = libraryWith(edited.map(([q, a]) => [q, a] as const), manifest);
      const ids = library.cards.filter((c) => c.kind === "trap").map((c) => c.id);
      const expected = edited.map(([, , index]) => idOf(QUESTIONS[Number(index)]?.[0] ?? ""));
      expect(ids, `seed ${seed}`).toEqual(expected);
    }
  });

  it("a pinned id survives a full rewording", () => {
    const reworded = QUESTIONS.map(([q, a], i) =>
      i === 1 ? (["Will spreading work over many machines always cut latency?", a, "distributed-always-faster"] as const) : ([q, a] as const),
    );
    const library = libraryWith(reworded, manifest);
    expect(trapIds(library)).toEqual(new Map([...trapIds(first)].map(([id, q]) => [id, q === QUESTIONS[1]?.[0] ? reworded[1]?.[0] ?? "" : q])));
    expect(library.orphans).toEqual([]);
  });

  it("a pin may sit on the line after the question", () => {
    const text = replaceSection(SEED, TRAP_HEADING, "1) **Q:** Totally new wording?\n   <!-- card: my-key -->\n   - **A:** yes.\n2) **Q:** B?\n   - **A:** b.\n3) **Q:** C?\n   - **A:** c.");
    const library = buildLibrary([{ file: SEED_FILE, text }]);
    expect(library.cards.filter((c) => c.kind === "trap").map((c) => c.id)[0]).toBe("distributed-systems-basics:trap:my-key");
    expect(library.cards.find((c) => c.id.endsWith(":my-key"))?.prompt).toBe("Totally new wording?");
  });

  it("a rewritten question gets a new id and the old one is reported as orphaned", () => {
    const replaced = QUESTIONS.map(([q, a], i) => (i === 2 ? (["How do quorums interact with sloppy hinted handoff?", a] as const) : ([q, a] as const)));
    const library = libraryWith(replaced, manifest);
    const old = idOf(QUESTIONS[2]?.[0] ?? "");
    expect(library.orphans).toEqual([{ id: old, noteId: "distributed-systems-basics", kind: "trap", prompt: QUESTIONS[2]?.[0] }]);
    expect(library.warnings).toContainEqual({ file: SEED_FILE, line: 1, message: expect.stringContaining(`card ${old} disappeared`) });
    expect(trapIds(library).has(old ?? "")).toBe(false);
  });

  it("deleting a note orphans all its cards, reported against the manifest", () => {
    const library = buildLibrary([], { manifest });
    expect(library.orphans).toHaveLength(Object.keys(manifest.cards).length);
    expect(library.warnings[0]?.file).toBe(".cards.json");
  });

  it("the best match wins, one-to-one", () => {
    const previous = [
      { id: "n:trap:close", noteId: "n", kind: "trap" as const, prompt: "Is a quorum read always fresh?" },
      { id: "n:trap:closer", noteId: "n", kind: "trap" as const, prompt: "Is a quorum read always fresh enough?" },
    ];
    const draft = (matchText: string, line: number): CardDraft => ({ noteId: "n", kind: "trap", prompt: matchText, answer: "a", line, matchText });
    const { cards } = assignCardIds("n.md", [draft("Is a quorum read always fresh enough??", 1), draft("Is a quorum read always freshh?", 2)], previous);
    expect(cards.map((c) => c.id)).toEqual(["n:trap:closer", "n:trap:close"]);
  });

  it("fresh keys never reuse a previous card's key, and equal slugs get a suffix", () => {
    const previous = [{ id: "n:trap:quorum-fresh", noteId: "n", kind: "trap" as const, prompt: "Something else entirely about clocks" }];
    const draft = (matchText: string, line: number): CardDraft => ({ noteId: "n", kind: "trap", prompt: matchText, answer: "a", line, matchText });
    const { cards } = assignCardIds("n.md", [draft("Quorum fresh?", 1), draft("Is the quorum fresh?", 2)], previous);
    expect(cards.map((c) => c.id)).toEqual(["n:trap:quorum-fresh-2", "n:trap:quorum-fresh-3"]);
  });

  it("comparable text is the prompt's words joined by single spaces, ASCII or not", () => {
    // The ASCII shortcut in comparableText must agree with the word list it abbreviates.
    const alphabet = ["a", "Z", "9", " ", "  ", "\t", "\n", "'", "?", "-", "_", "(", ".", "e", "Q", "0", "’", "é"];
    const next = prng(41);
    for (let i = 0; i < 2000; i++) {
      const text = Array.from({ length: Math.floor(next() * 14) }, () => alphabet[Math.floor(next() * alphabet.length)]).join("");
      expect(comparableText(text), JSON.stringify(text)).toBe(words(text).join(" "));
    }
    expect(comparableText("  Don't retry -- a NON-idempotent write!  ")).toBe("dont retry a non idempotent write");
    expect(comparableText("Qu’est-ce qu’un quorum ?")).toBe("quest ce quun quorum");
  });

  it("similarity: typos stay above the threshold, different questions fall below", () => {
    expect(promptSimilarity("Are partitions rare enough to ignore?", "Are partitons rare enuogh to ignore?")).toBeGreaterThan(0.6);
    expect(promptSimilarity("Are partitions rare enough to ignore?", "are partitions rare enough to ignore")).toBe(1);
    expect(promptSimilarity("Are partitions rare enough to ignore?", "What does W + R > N guarantee?")).toBeLessThan(0.3);
  });
});

describe("manifest", () => {
  it("serialises sorted and stable, and parses back to the same value", () => {
    const text = serializeManifest(manifest);
    expect(serializeManifest(parseManifest(text))).toBe(text);
    expect(parseManifest(text)).toEqual(manifest);
    const ids = Object.keys(JSON.parse(text).cards);
    expect(ids).toEqual([...ids].sort());
    expect(text.endsWith("}\n")).toBe(true);
    expect(manifest.cards[idOf(QUESTIONS[0]?.[0] ?? "") ?? ""]).toEqual({
      noteId: "distributed-systems-basics",
      kind: "trap",
      prompt: "Are partitions rare enough to ignore?",
    });
  });

  it("rejects a malformed manifest with a ContentError", () => {
    expect(() => parseManifest("{")).toThrow(/not valid JSON/);
    expect(() => parseManifest('{"version": 2, "cards": {}}')).toThrow(/version/);
  });
});

describe("cards kept between builds (development reloads)", () => {
  const files = [{ file: SEED_FILE, text: replaceSection(SEED, TRAP_HEADING, trapsMarkdown(QUESTIONS)) }];

  it("a build from the cache equals a fresh build and hands back the same card objects", () => {
    const cache = createParseCache();
    const first = buildLibrary(files, { manifest, cache });
    const again = buildLibrary(files, { manifest, cache });
    expect(again).toEqual(buildLibrary(files, { manifest }));
    expect(again.cards.length).toBeGreaterThan(QUESTIONS.length);
    again.cards.forEach((card, i) => expect(card).toBe(first.cards[i]));
  });

  it("a changed manifest entry derives the note's cards again", () => {
    const cache = createParseCache();
    buildLibrary(files, { manifest, cache });
    const old = idOf(QUESTIONS[1]?.[0] ?? "") ?? "";
    const { [old]: entry, ...rest } = manifest.cards;
    expect(entry).toBeDefined();
    const renamed: CardManifest = { version: 1, cards: { ...rest, ...(entry ? { "distributed-systems-basics:trap:kept-key": entry } : {}) } };
    const next = buildLibrary(files, { manifest: renamed, cache });
    expect(trapIds(next).get("distributed-systems-basics:trap:kept-key")).toBe(QUESTIONS[1]?.[0]);
    expect(trapIds(next).has(old)).toBe(false);
    expect(next).toEqual(buildLibrary(files, { manifest: renamed }));
  });
});

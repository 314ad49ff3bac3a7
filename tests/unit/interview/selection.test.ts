import { describe, expect, it } from "vitest";
import { createRng } from "@/lib/sim";
import { buildRound, selectionWeight, weightedDraw, type CardStats, type LearnerStats } from "@/lib/interview";
import { fixtureLibrary } from "./fixture-library";

const strong: CardStats = { retrievability: 0.97, stability: 60, recentLapses: 0 };
const weak: CardStats = { retrievability: 0.35, stability: 1.5, recentLapses: 2 };

describe("selection weight", () => {
  it("rises with low recall, low stability, recent lapses and an unpractised topic", () => {
    const base = selectionWeight(strong, true);
    expect(selectionWeight({ ...strong, retrievability: 0.5 }, true)).toBeGreaterThan(base);
    expect(selectionWeight({ ...strong, stability: 2 }, true)).toBeGreaterThan(base);
    expect(selectionWeight({ ...strong, recentLapses: 1 }, true)).toBeGreaterThan(base);
    expect(selectionWeight(strong, false)).toBeGreaterThan(base);
    expect(selectionWeight(weak, true)).toBeGreaterThan(3 * base);
    // An unseen card is neither weak nor strong: it counts as the baseline.
    expect(selectionWeight(undefined, true)).toBe(1);
  });
});

describe("weighted draw", () => {
  const items = Array.from({ length: 12 }, (_, i) => `item-${i}`);

  it("never repeats an item and is reproducible from the seed", () => {
    for (let seed = 0; seed < 200; seed++) {
      const a = weightedDraw(items, (i) => (i.endsWith("1") ? 5 : 1), 8, createRng(seed));
      expect(new Set(a).size).toBe(8);
      expect(weightedDraw(items, (i) => (i.endsWith("1") ? 5 : 1), 8, createRng(seed))).toEqual(a);
    }
  });

  it("pins the draw of seed 1 (a golden sequence)", () => {
    expect(weightedDraw(items, () => 1, 4, createRng(1))).toEqual(["item-10", "item-9", "item-8", "item-11"]);
  });

  it("picks a five-times-heavier item about five times as often as a single draw", () => {
    let heavy = 0;
    const runs = 4000;
    const pair = ["light", "heavy"];
    for (let seed = 0; seed < runs; seed++) if (weightedDraw(pair, (i) => (i === "heavy" ? 5 : 1), 1, createRng(seed))[0] === "heavy") heavy++;
    // P(heavy) = 5/6 ≈ 0.833.
    expect(heavy / runs).toBeGreaterThan(0.8);
    expect(heavy / runs).toBeLessThan(0.87);
  });

  it("skips zero weights and spreads across groups before doubling up", () => {
    const drawn = weightedDraw(["a1", "a2", "a3", "b1", "c1"], (i) => (i === "c1" ? 0 : 1), 4, createRng(3), {
      maxPerGroup: 1,
      group: (i) => i.charAt(0),
    });
    expect(drawn).not.toContain("c1");
    expect(drawn.slice(0, 2).map((i) => i.charAt(0)).sort()).toEqual(["a", "b"]);
    expect(drawn).toHaveLength(4);
  });
});

describe("weighting toward weak cards in a round", () => {
  const library = fixtureLibrary();
  const traps = library.cards.filter((c) => c.kind === "trap");
  const weakIds = new Set(traps.filter((c) => c.noteId === "quorums" || c.noteId === "consensus").map((c) => c.id));
  const learner: LearnerStats = {
    cards: new Map(traps.map((c) => [c.id, weakIds.has(c.id) ? weak : strong])),
    practisedTopics: new Set(library.notes.map((n) => n.frontMatter.tags.find((t) => t !== n.area) ?? n.area)),
  };

  it("draws weak cards far more often than strong ones over many seeds", () => {
    let weakPicks = 0;
    let strongPicks = 0;
    for (let seed = 0; seed < 300; seed++) {
      const plan = buildRound({ kind: "lightning", seed, topics: [], source: library, learner });
      for (const q of plan.questions) {
        if (weakIds.has(q.cardId ?? "")) weakPicks++;
        else strongPicks++;
      }
    }
    const perWeakCard = weakPicks / weakIds.size;
    const perStrongCard = strongPicks / (traps.length - weakIds.size);
    expect(perWeakCard).toBeGreaterThan(2 * perStrongCard);
  });

  it("favours topics not yet practised when nothing else differs", () => {
    const practised = new Set(["consistency", "replication", "networking", "partitioning", "consensus", "performance", "interview"]);
    const share = (stats: LearnerStats | null) => {
      let hits = 0;
      let total = 0;
      for (let seed = 0; seed < 300; seed++) {
        for (const q of buildRound({ kind: "drills", seed, topics: [], source: library, learner: stats }).questions) {
          total++;
          if (q.topic === "reliability") hits++;
        }
      }
      return hits / total;
    };
    const uniform = share(null);
    // Timeouts and retries (reliability) are 2 of 10 notes: about 20 % of drills when drawn uniformly.
    expect(uniform).toBeGreaterThan(0.15);
    expect(uniform).toBeLessThan(0.25);
    expect(share({ cards: new Map(), practisedTopics: practised })).toBeGreaterThan(1.4 * uniform);
  });
});

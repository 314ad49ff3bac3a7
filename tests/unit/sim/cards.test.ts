import { describe, expect, it } from "vitest";
import { predictionCards, runCard, scenarioIds } from "@/lib/sim";

describe("predict-then-run cards", () => {
  it("gives every scenario at least one card, with unique keys", () => {
    for (const id of scenarioIds) expect(predictionCards.some((c) => c.scenario === id)).toBe(true);
    const keys = predictionCards.map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const card of predictionCards) {
      expect(card.key.startsWith(`${card.scenario}/`)).toBe(true);
      expect(card.prompt.length).toBeGreaterThan(20);
      expect(card.answer.length).toBeGreaterThan(20);
    }
  });

  it.each(predictionCards.map((c) => [c.key, c] as const))("%s: the run confirms the expected answer", (_key, card) => {
    const { confirmed, metrics } = runCard(card);
    expect(confirmed, JSON.stringify(metrics)).toBe(true);
  });

  it("paired cards really disagree: flipping the setting flips the outcome", () => {
    const byKey = new Map(predictionCards.map((c) => [c.key, c]));
    const pairs = [
      ["retries-idempotency/retry-without-keys", "retries-idempotency/retry-with-keys"],
      ["outage-degradation/queue-loses-nothing", "outage-degradation/no-queue-loses"],
      ["quorum-replication/n3-w1-r1", "quorum-replication/n3-w2-r2"],
      ["cap-partition/cp-minority", "cap-partition/ap-conflicts"],
    ] as const;
    for (const [a, b] of pairs) {
      const first = byKey.get(a);
      const second = byKey.get(b);
      if (first === undefined || second === undefined) throw new Error(`missing card ${a} or ${b}`);
      expect(first.check(runCard(second).metrics)).toBe(false);
      expect(second.check(runCard(first).metrics)).toBe(false);
    }
  });
});

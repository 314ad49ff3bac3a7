// Due cards to answer in the HTTP benchmarks: every request answers a different card that is
// due, with a new idempotency key. The library has ~600 cards, so the pool grows by whole
// learners (each with every card due, signed in once) as the runs use them up.
import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { createRng } from "@/lib/sim";
import type { LoadRequest } from "./load";
import { BENCH_PASSWORD, createBenchUser, dueReviewState, insertCardStates, type LibraryCard } from "./seed";
import { signInCookie } from "./session";

interface Pair {
  cookie: string;
  cardId: string;
  version: number | null;
}

const RATINGS = [3, 3, 3, 1, 3, 4, 3, 2] as const;

export class AnswerPool {
  private readonly pairs: Pair[] = [];
  private cursor = 0;
  private sent = 0;
  private readonly rng = createRng(7);
  private readonly run = randomBytes(4).toString("hex");
  users = 0;
  /** Answers sent after the pool ran dry (to cards already answered in this run). */
  reused = 0;

  constructor(
    private readonly client: Db,
    private readonly origin: string,
    private readonly cards: readonly LibraryCard[],
    private readonly passwordHash: string,
    private readonly label: string,
  ) {}

  remaining(): number {
    return this.pairs.length - this.cursor;
  }

  /** Adds learners until at least `count` unanswered due cards are left. */
  async ensure(count: number): Promise<void> {
    while (this.remaining() < count) {
      const email = `${this.label}-${this.run}-${this.users++}@bench.test`;
      const userId = await createBenchUser(this.client, email, this.passwordHash);
      const now = new Date();
      await insertCardStates(this.client, this.cards.map((card) => dueReviewState(userId, card, now, this.rng)));
      const cookie = await signInCookie(this.origin, email, BENCH_PASSWORD);
      for (const card of this.cards) this.pairs.push({ cookie, cardId: card.id, version: 1 });
    }
  }

  /** The i-th answer request: the next due card, graded from a fixed mix, with a fresh key. */
  request(i: number): LoadRequest {
    let pair = this.pairs[this.cursor];
    if (pair) this.cursor++;
    else {
      this.reused++;
      const again = this.pairs[i % Math.max(1, this.pairs.length)];
      if (!again) throw new Error("the answer pool is empty: call ensure() first");
      pair = { ...again, version: null };
    }
    return {
      method: "POST",
      path: "/api/reviews",
      headers: { cookie: pair.cookie, "content-type": "application/json" },
      body: JSON.stringify({
        cardId: pair.cardId,
        rating: RATINGS[i % RATINGS.length],
        idempotencyKey: `bench-${this.run}-${this.label}-${this.sent++}`,
        answeredAt: Date.now(),
        durationMs: 6_000,
        expectedVersion: pair.version,
      }),
    };
  }
}

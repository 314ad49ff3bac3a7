// Seeding for the benchmarks: users, card states and review history written straight through
// the Prisma client (multi-row INSERTs: ~5× faster than createMany for 100k rows, and the same
// SQL on SQLite and PostgreSQL).
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/sqlite/client";
import type { Rng } from "@/lib/sim";

export const BENCH_PASSWORD = "bench password, not secret";
const DAY_MS = 86_400_000;
const BATCH = 400;

export interface SeedCardState {
  userId: string;
  cardId: string;
  noteId: string;
  due: Date;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: "new" | "learning" | "review" | "relearning";
  lastReview: Date | null;
  suspended: boolean;
  version: number;
}

export interface SeedReviewLog {
  userId: string;
  cardId: string;
  rating: number;
  state: string;
  reviewedAt: Date;
  durationMs: number;
  scheduledDaysBefore: number;
}

async function insertBatches<T>(client: Db, rows: readonly T[], insert: (batch: readonly T[]) => Promise<number>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
}

export async function insertCardStates(client: Db, rows: readonly SeedCardState[]): Promise<void> {
  await insertBatches(client, rows, (batch) => {
    const values = batch.map(
      (r) => Prisma.sql`(${randomUUID()}, ${r.userId}, ${r.cardId}, ${r.noteId}, ${r.due}, ${r.stability}, ${r.difficulty},
        ${r.scheduledDays}, ${r.scheduledDays}, ${r.learningSteps}, ${r.reps}, ${r.lapses}, ${r.state}, ${r.lastReview},
        ${r.suspended}, ${r.version}, ${r.lastReview ?? r.due}, ${r.lastReview ?? r.due})`,
    );
    return client.$executeRaw`INSERT INTO "CardState" ("id", "userId", "cardId", "noteId", "due", "stability", "difficulty",
      "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "state", "lastReview", "suspended", "version",
      "introducedAt", "updatedAt") VALUES ${Prisma.join(values)}`;
  });
}

export async function insertReviewLogs(client: Db, rows: readonly SeedReviewLog[]): Promise<void> {
  await insertBatches(client, rows, (batch) => {
    const values = batch.map((r) => {
      // The undo snapshot as answerCard writes it (the retention chart reads its interval).
      const previous = JSON.stringify({ due: r.reviewedAt, stability: 10, difficulty: 5, elapsedDays: r.scheduledDaysBefore, scheduledDays: r.scheduledDaysBefore, learningSteps: 0, reps: 3, lapses: 0, state: r.state, lastReview: null });
      return Prisma.sql`(${randomUUID()}, ${r.userId}, ${r.cardId}, ${`seed-${randomUUID()}`}, ${r.rating}, ${r.state},
        ${r.reviewedAt}, ${r.durationMs}, ${"review"}, ${previous}, ${1})`;
    });
    return client.$executeRaw`INSERT INTO "ReviewLog" ("id", "userId", "cardId", "idempotencyKey", "rating", "state",
      "reviewedAt", "durationMs", "source", "previous", "version") VALUES ${Prisma.join(values)}`;
  });
}

export async function createBenchUser(client: Db, email: string, passwordHash: string): Promise<string> {
  const user = await client.user.create({ data: { email, name: email.split("@")[0] ?? "bench", passwordHash }, select: { id: true } });
  return user.id;
}

export interface LibraryCard {
  id: string;
  noteId: string;
}

/** A card in the review phase that fell due 0–5 days before `now`. */
export function dueReviewState(userId: string, card: LibraryCard, now: Date, rng: Rng): SeedCardState {
  const scheduledDays = rng.int(1, 40);
  const due = new Date(now.getTime() - rng.uniform(0, 5) * DAY_MS);
  return {
    userId,
    cardId: card.id,
    noteId: card.noteId,
    due,
    stability: scheduledDays * rng.uniform(0.8, 1.3),
    difficulty: rng.uniform(3, 8),
    scheduledDays,
    learningSteps: 0,
    reps: rng.int(2, 12),
    lapses: rng.int(0, 2),
    state: "review",
    lastReview: new Date(due.getTime() - scheduledDays * DAY_MS),
    suspended: false,
    version: 1,
  };
}

/**
 * A learner's whole standing: `cards` introduced (about `dueShare` of them due today, 1% in
 * learning, 2% suspended) and `reviews` answers spread over `days` days of daily sessions,
 * the last `todayReviews` of them earlier today.
 */
export function learnerHistory(
  userId: string,
  cards: readonly LibraryCard[],
  options: { now: Date; rng: Rng; dueShare: number; reviews: number; days: number; todayReviews: number },
): { states: SeedCardState[]; logs: SeedReviewLog[] } {
  const { now, rng } = options;
  const states = cards.map((card): SeedCardState => {
    const base = dueReviewState(userId, card, now, rng);
    const roll = rng.next();
    // About 1% in learning steps (a day's new cards and lapses), 2% suspended.
    if (roll < 0.01) return { ...base, state: "learning", scheduledDays: 0, due: new Date(now.getTime() + rng.uniform(-30, 30) * 60_000) };
    if (roll < 0.03) return { ...base, suspended: true };
    if (roll < 0.03 + options.dueShare) return base;
    return { ...base, due: new Date(now.getTime() + rng.uniform(1, 120) * DAY_MS) };
  });
  const logs: SeedReviewLog[] = [];
  const perDay = Math.max(1, Math.round((options.reviews - options.todayReviews) / options.days));
  for (let i = 0; i < options.reviews; i++) {
    const today = i >= options.reviews - options.todayReviews;
    const dayAgo = today ? 0 : options.days - Math.floor(i / perDay);
    // Morning sessions: most answers within an hour of 08:00 UTC.
    const at = today ? now.getTime() - rng.uniform(0, 2) * 3_600_000 : now.getTime() - dayAgo * DAY_MS + rng.uniform(-1, 1) * 3_600_000;
    const card = cards[rng.int(0, cards.length - 1)];
    if (!card) continue;
    const roll = rng.next();
    logs.push({
      userId,
      cardId: card.id,
      rating: roll < 0.1 ? 1 : roll < 0.2 ? 2 : roll < 0.92 ? 3 : 4,
      state: rng.chance(0.85) ? "review" : rng.chance(0.5) ? "learning" : "new",
      reviewedAt: new Date(at),
      durationMs: rng.int(2_000, 20_000),
      scheduledDaysBefore: rng.int(1, 60),
    });
  }
  return { states, logs };
}

import "server-only";
import { randomUUID } from "node:crypto";
import {
  cardStateSchema,
  newCardState,
  scheduleReview,
  type CardState,
  type Grade,
  type SchedulerParams,
} from "@/lib/srs";
import { db, type Db } from "./index";
import { STATE_FIELDS, STATE_SQL_COLUMNS, stateRowFromSql, toCardState } from "./card-state-row";
import { execute, isSqlUniqueViolation, questionMarks, selectRows, sqlNumber, sqlSession, type SqlArg } from "./sql";

export interface AnswerInput {
  userId: string;
  cardId: string;
  noteId: string;
  rating: Grade;
  /** Chosen by the client once per answer; a retry or replay sends the same key. */
  idempotencyKey: string;
  /** When the learner answered (may be in the past for answers replayed after being offline). */
  answeredAt: Date;
  durationMs: number;
  /** The card-state version the client saw; another tab having answered since is a conflict. */
  expectedVersion: number | null;
  params: SchedulerParams;
  source?: "review" | "interview";
}

export type AnswerResult =
  | { status: "applied"; state: CardState; version: number; logId: string }
  | { status: "duplicate"; state: CardState | null; version: number; logId: string }
  | { status: "conflict"; state: CardState | null; version: number };

class Conflict extends Error {}
class UndoRaced extends Error {}

// The columns an answer writes, in the order of its arguments (STATE_FIELDS: the scheduling
// state, then the version); "updatedAt" follows them in every statement.
const STATE_COLUMNS = STATE_FIELDS.map((f) => `"${f}"`).join(", ");
const STATE_SETTERS = STATE_FIELDS.map((f) => `"${f}" = ?`).join(", ");

async function currentRow(client: Pick<Db, "cardState">, userId: string, cardId: string) {
  return client.cardState.findUnique({ where: { userId_cardId: { userId, cardId } } });
}

async function duplicateOf(client: Db, input: AnswerInput): Promise<AnswerResult | null> {
  const log = await client.reviewLog.findUnique({
    where: { userId_idempotencyKey: { userId: input.userId, idempotencyKey: input.idempotencyKey } },
    select: { id: true, cardId: true },
  });
  if (!log) return null;
  const row = await currentRow(client, input.userId, log.cardId);
  return { status: "duplicate", state: row ? toCardState(row) : null, version: row?.version ?? 0, logId: log.id };
}

/**
 * Applies one answer exactly once. The unique (user, idempotency key) index makes a retried,
 * replayed or double-clicked answer a no-op that returns the first result; a compare-and-set
 * on the card's version makes the first of two tabs win. Resolves only after the commit.
 * A repeat costs a rolled-back transaction (a savepoint of a group commit on SQLite); a first
 * answer (nearly all of them) one query less.
 * The statements are SQL on Prisma's own adapter (see ./sql): this is the request a learner
 * makes every few seconds, and Prisma's per-query overhead was most of its time.
 */
export async function answerCard(input: AnswerInput, client: Db = db()): Promise<AnswerResult> {
  const sql = await sqlSession(client);
  const p = sql.provider;
  // No look-up of the key first: a repeated key fails the log insert (or the version check)
  // and rolls the whole transaction back, and the catch below returns the first result.
  try {
    return await sql.grouped(async (tx) => {
      const [row] = await selectRows(tx, p, `SELECT "id", ${STATE_SQL_COLUMNS} FROM "CardState" WHERE "userId" = ? AND "cardId" = ?`, [
        [input.userId, "string"],
        [input.cardId, "string"],
      ]);
      const version = row ? sqlNumber(row.version) : 0;
      if (input.expectedVersion !== null && input.expectedVersion !== version) throw new Conflict();
      const before = row ? toCardState(stateRowFromSql(row)) : null;
      // An offline answer replayed late must not predate the card's last review.
      const lastReview = before?.lastReview?.getTime() ?? 0;
      const now = new Date(Math.max(input.answeredAt.getTime(), lastReview));
      const { next, log } = scheduleReview({
        state: before,
        rating: input.rating,
        now,
        params: input.params,
        fuzzSeed: `${input.userId}:${input.cardId}`,
      });
      const written = new Date();
      const stateArgs: SqlArg[] = [
        [next.due, "datetime"],
        [next.stability, "float"],
        [next.difficulty, "float"],
        [next.elapsedDays, "int"],
        [next.scheduledDays, "int"],
        [next.learningSteps, "int"],
        [next.reps, "int"],
        [next.lapses, "int"],
        [next.state, "string"],
        [next.lastReview, "datetime"],
        [version + 1, "int"],
        [written, "datetime"],
      ];
      if (row) {
        const updated = await execute(
          tx,
          p,
          `UPDATE "CardState" SET ${STATE_SETTERS}, "updatedAt" = ? WHERE "id" = ? AND "version" = ?`,
          [...stateArgs, [row.id, "string"], [version, "int"]],
        );
        if (updated !== 1) throw new Conflict();
      } else {
        const args: SqlArg[] = [
          ...stateArgs,
          [randomUUID(), "string"],
          [input.userId, "string"],
          [input.cardId, "string"],
          [input.noteId, "string"],
          [false, "boolean"],
          [now, "datetime"],
        ];
        await execute(
          tx,
          p,
          `INSERT INTO "CardState" (${STATE_COLUMNS}, "updatedAt", "id", "userId", "cardId", "noteId", "suspended", "introducedAt") VALUES (${questionMarks(args.length)})`,
          args,
        );
      }
      const logId = randomUUID();
      const logArgs: SqlArg[] = [
        [logId, "string"],
        [input.userId, "string"],
        [input.cardId, "string"],
        [input.idempotencyKey, "string"],
        [input.rating, "int"],
        [log.stateBefore, "string"],
        [now, "datetime"],
        [Math.max(0, Math.min(Math.round(input.durationMs), 3_600_000)), "int"],
        [input.source ?? "review", "string"],
        [JSON.stringify(before), "string"],
        [version + 1, "int"],
      ];
      await execute(
        tx,
        p,
        `INSERT INTO "ReviewLog" ("id", "userId", "cardId", "idempotencyKey", "rating", "state", "reviewedAt", "durationMs", "source", "previous", "version") VALUES (${questionMarks(logArgs.length)})`,
        logArgs,
      );
      return { status: "applied" as const, state: next, version: version + 1, logId };
    });
  } catch (error) {
    if (!isSqlUniqueViolation(error) && !(error instanceof Conflict)) throw error;
    // The same key may have won the race (a double click, a replay overtaking the original):
    // then this is its duplicate, not a conflict. Otherwise another answer came first.
    const dup = await duplicateOf(client, input);
    if (dup) return dup;
    const row = await currentRow(client, input.userId, input.cardId);
    return { status: "conflict", state: row ? toCardState(row) : null, version: row?.version ?? 0 };
  }
}

export type UndoResult =
  | { status: "undone"; cardId: string; state: CardState | null; version: number }
  | { status: "not-found" }
  | { status: "superseded" };

/**
 * Reverts an answer: restores the card's exact previous state and removes the log entry.
 * Only the card's latest change can be undone (its version must be the one the answer wrote);
 * undoing it makes the answer before it the latest again, so undo goes back step by step.
 */
export async function undoAnswer(userId: string, idempotencyKey: string, client: Db = db()): Promise<UndoResult> {
  return client.$transaction(async (tx) => {
    const log = await tx.reviewLog.findUnique({ where: { userId_idempotencyKey: { userId, idempotencyKey } } });
    if (!log || log.source === "import") return { status: "not-found" as const };
    const row = await currentRow(tx, userId, log.cardId);
    if (!row || row.version !== log.version) return { status: "superseded" as const };
    const previous: unknown = log.previous === null ? null : JSON.parse(log.previous);
    const before = previous === null ? null : cardStateSchema.parse(previous);
    await tx.reviewLog.delete({ where: { id: log.id } });
    if (before === null) {
      await tx.cardState.delete({ where: { id: row.id } });
      return { status: "undone" as const, cardId: log.cardId, state: null, version: 0 };
    }
    // Versions only grow (a stale tab can never match again); the answer that produced the
    // restored state now owns the new version, so it can be undone in turn.
    const version = row.version + 1;
    const updated = await tx.cardState.updateMany({ where: { id: row.id, version: row.version }, data: { ...before, version } });
    if (updated.count !== 1) throw new UndoRaced();
    await tx.reviewLog.updateMany({
      where: { userId, cardId: log.cardId, version: log.version - 1, source: { not: "import" } },
      data: { version },
    });
    return { status: "undone" as const, cardId: log.cardId, state: before, version };
  }).catch((error: unknown) => {
    if (error instanceof UndoRaced) return { status: "superseded" as const };
    throw error;
  });
}

/** A card's scheduling state and version after a suspension or burial changed it. */
export interface CardFlagResult {
  state: CardState;
  version: number;
}

/** Suspends or unsuspends a card; a card never seen is introduced (as new) so the flag sticks. */
export async function setSuspended(
  input: { userId: string; cardId: string; noteId: string; suspended: boolean; now: Date },
  client: Db = db(),
): Promise<CardFlagResult> {
  const row = await client.cardState.upsert({
    where: { userId_cardId: { userId: input.userId, cardId: input.cardId } },
    update: { suspended: input.suspended, version: { increment: 1 } },
    create: { ...newRow(input.now), userId: input.userId, cardId: input.cardId, noteId: input.noteId, suspended: input.suspended },
  });
  return { state: toCardState(row), version: row.version };
}

/** Hides a card until `until` (the start of the user's next study day); null brings it back. */
export async function buryCard(
  input: { userId: string; cardId: string; noteId: string; until: Date | null; now: Date },
  client: Db = db(),
): Promise<CardFlagResult> {
  const row = await client.cardState.upsert({
    where: { userId_cardId: { userId: input.userId, cardId: input.cardId } },
    update: { buriedUntil: input.until, version: { increment: 1 } },
    create: { ...newRow(input.now), userId: input.userId, cardId: input.cardId, noteId: input.noteId, buriedUntil: input.until },
  });
  return { state: toCardState(row), version: row.version };
}

/** The row of a card introduced without an answer: the core's new-card state, version 1. */
function newRow(now: Date) {
  return { ...newCardState(now), introducedAt: now, version: 1 };
}

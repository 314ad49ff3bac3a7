import { z } from "zod";

// The review API's request bodies: one schema each, shared by the browser and the routes.

export const idempotencyKeySchema = z
  .string()
  .min(8, "idempotencyKey must be 8–128 characters")
  .max(128, "idempotencyKey must be 8–128 characters")
  .regex(/^[A-Za-z0-9:_-]+$/, "idempotencyKey may hold letters, digits, ':', '_' and '-'");

export const answerRequestSchema = z.object({
  cardId: z.string().min(1).max(300),
  rating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], { error: "rating must be 1, 2, 3 or 4" }),
  idempotencyKey: idempotencyKeySchema,
  /** Epoch ms when the learner answered (answers kept offline are replayed later). */
  answeredAt: z.number().int().positive(),
  durationMs: z.number().int().min(0).max(86_400_000).default(0),
  /** The card-state version the answer was made against; null when it was new to this tab. */
  expectedVersion: z.number().int().min(0).nullable(),
});

export const undoRequestSchema = z.object({ idempotencyKey: idempotencyKeySchema });

export const cardActionRequestSchema = z.object({
  cardId: z.string().min(1).max(300),
  action: z.enum(["suspend", "unsuspend", "bury", "unbury"]),
});

export type AnswerRequest = z.infer<typeof answerRequestSchema>;
export type UndoRequest = z.infer<typeof undoRequestSchema>;
export type CardActionRequest = z.infer<typeof cardActionRequestSchema>;

/** Wire form of a card state (dates as epoch ms). */
export const wireCardStateSchema = z.object({
  due: z.number(),
  stability: z.number(),
  difficulty: z.number(),
  elapsedDays: z.number(),
  scheduledDays: z.number(),
  learningSteps: z.number(),
  reps: z.number(),
  lapses: z.number(),
  state: z.enum(["new", "learning", "review", "relearning"]),
  lastReview: z.number().nullable(),
});
export type WireCardState = z.infer<typeof wireCardStateSchema>;

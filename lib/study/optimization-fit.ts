import { z } from "zod";
import type { RevlogRow } from "@/lib/srs";
import type { DayBoundary } from "@/lib/srs/eval";

// The contract between the optimization job and whatever runs the fit (a worker thread in
// the server, the calling thread in tests). Loads no optimizer: the main thread imports it.

/** What a parameter fit reports back (in-sample log loss of the defaults and of the fit). */
export interface FitOutcome {
  weights: number[];
  reviewsUsed: number;
  logLossBefore: number | null;
  logLossAfter: number | null;
}

/** Fits a user's weights to their history; `onProgress` gets the fraction done (0–1). */
export type RevlogFitter = (rows: readonly RevlogRow[], boundary: DayBoundary, onProgress: (fraction: number) => void) => Promise<FitOutcome>;

/**
 * A history packed in columns for the worker: typed arrays move without copying, where
 * cloning 40,000 row objects would hold the server's thread for over 100 ms.
 */
export interface PackedRevlog {
  cardIds: string[];
  card: Uint32Array;
  time: Float64Array;
  rating: Uint8Array;
  duration: Float64Array;
  state: Uint8Array;
}

export function packRevlog(rows: readonly RevlogRow[]): PackedRevlog {
  const index = new Map<string, number>();
  const packed: PackedRevlog = {
    cardIds: [],
    card: new Uint32Array(rows.length),
    time: new Float64Array(rows.length),
    rating: new Uint8Array(rows.length),
    duration: new Float64Array(rows.length),
    state: new Uint8Array(rows.length),
  };
  rows.forEach((row, k) => {
    let card = index.get(row.cardId);
    if (card === undefined) {
      card = packed.cardIds.length;
      index.set(row.cardId, card);
      packed.cardIds.push(row.cardId);
    }
    packed.card[k] = card;
    packed.time[k] = row.reviewTime;
    packed.rating[k] = row.rating;
    packed.duration[k] = row.durationMs;
    packed.state[k] = row.state;
  });
  return packed;
}

/** The buffers to transfer with a packed history. */
export function packedBuffers(packed: PackedRevlog): ArrayBuffer[] {
  return [packed.card, packed.time, packed.rating, packed.duration, packed.state].map((a) => a.buffer).filter((b) => b instanceof ArrayBuffer);
}

const revlogRowSchema = z.object({
  reviewTime: z.number(),
  cardId: z.string(),
  rating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  durationMs: z.number(),
  state: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
});

const packedRevlogSchema = z.object({
  cardIds: z.array(z.string()),
  card: z.instanceof(Uint32Array),
  time: z.instanceof(Float64Array),
  rating: z.instanceof(Uint8Array),
  duration: z.instanceof(Float64Array),
  state: z.instanceof(Uint8Array),
});

/** Unpacks (and validates) a history packed by `packRevlog`. */
export function unpackRevlog(input: unknown): RevlogRow[] {
  const packed = packedRevlogSchema.parse(input);
  return Array.from(packed.time, (time, k) =>
    revlogRowSchema.parse({
      reviewTime: time,
      cardId: packed.cardIds[packed.card[k] ?? -1],
      rating: packed.rating[k],
      durationMs: packed.duration[k],
      state: packed.state[k],
    }),
  );
}

/** What the main thread hands the worker. */
export const fitRequestSchema = z.object({
  revlog: z.unknown(),
  boundary: z.object({ timeZone: z.string(), dayStartHour: z.number().int() }),
});

/** What the worker posts back. */
export const fitMessageSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("progress"), fraction: z.number() }),
  z.object({
    type: z.literal("done"),
    outcome: z.object({
      weights: z.array(z.number()),
      reviewsUsed: z.number(),
      logLossBefore: z.number().nullable(),
      logLossAfter: z.number().nullable(),
    }),
  }),
  z.object({ type: z.literal("failed"), message: z.string() }),
]);
export type FitMessage = z.infer<typeof fitMessageSchema>;

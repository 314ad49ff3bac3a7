import { z } from "zod";

/** A parameter fit as the settings page shows it (also the polling route's body). */
export const optimizationViewSchema = z.object({
  id: z.string(),
  status: z.enum(["queued", "running", "done", "failed"]),
  /** 0–1. */
  progress: z.number(),
  reviews: z.number(),
  logLossBefore: z.number().nullable(),
  logLossAfter: z.number().nullable(),
  /** The fitted weights were put in force. */
  applied: z.boolean(),
  error: z.string().nullable(),
  createdAt: z.number(),
  finishedAt: z.number().nullable(),
});
export type OptimizationView = z.infer<typeof optimizationViewSchema>;
export type OptimizationStatus = OptimizationView["status"];

export const optimizationResponseSchema = z.object({ optimization: optimizationViewSchema.nullable() });

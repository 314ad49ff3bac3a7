import { z } from "zod";
import { ROUND_KINDS, type RoundKind } from "./round-kinds";
import { seedSchema, topicSchema, MAX_TOPICS } from "./schemas";

/** What a round link carries: `/interview?kind=lightning&seed=123&topics=replication,consensus`. */
export interface RoundQuery {
  kind: RoundKind;
  seed: number | null;
  topics: string[];
}

type ParamValue = string | string[] | undefined;

const first = (v: ParamValue) => (Array.isArray(v) ? v[0] : v);

/** Reads a round link's search params; unknown or malformed values fall back to defaults. */
export function parseRoundQuery(params: Record<string, ParamValue>): RoundQuery {
  const kind = z.enum(ROUND_KINDS).safeParse(first(params.kind));
  const seedText = first(params.seed);
  const seed = seedText !== undefined && seedText.trim() !== "" ? seedSchema.safeParse(seedText) : null;
  const rawTopics = [params.topics].flat().filter((t): t is string => typeof t === "string").flatMap((t) => t.split(","));
  const topics = [...new Set(rawTopics.map((t) => topicSchema.safeParse(t)).flatMap((r) => (r.success ? [r.data] : [])))];
  return { kind: kind.success ? kind.data : "lightning", seed: seed?.success ? seed.data : null, topics: topics.slice(0, MAX_TOPICS) };
}

/** The shareable query string of a round: the same kind, seed and topics draw the same questions. */
export function roundQueryString(query: { kind: RoundKind; seed: number | null; topics: readonly string[] }): string {
  const params = new URLSearchParams({ kind: query.kind });
  if (query.seed !== null) params.set("seed", String(query.seed));
  if (query.topics.length > 0) params.set("topics", query.topics.join(","));
  return params.toString();
}

/** The start form's fields: a kind, an optional seed (blank = drawn for you) and topics. */
export const startRoundSchema = z.object({
  kind: z.enum(ROUND_KINDS, { error: "Choose a round type." }),
  seed: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), seedSchema.optional()),
  topics: z.array(topicSchema).max(MAX_TOPICS, `Choose at most ${MAX_TOPICS} topics.`),
});
export type StartRoundInput = z.infer<typeof startRoundSchema>;

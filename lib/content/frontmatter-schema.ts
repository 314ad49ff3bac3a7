import { z } from "zod";
import { KEBAB_CASE } from "./text";

export const NOTE_TYPES = ["concept", "walkthrough", "reference"] as const;
export const NOTE_STATUSES = ["draft", "learning", "review", "stable", "archived"] as const;
export const DIFFICULTIES = ["easy", "medium", "hard"] as const;

/** What each front-matter field must hold, in the words used in error messages. */
export const EXPECTED = {
  id: "a kebab-case id such as cap-theorem",
  title: "a non-empty title",
  type: `one of ${NOTE_TYPES.join(", ")}`,
  status: `one of ${NOTE_STATUSES.join(", ")}`,
  importance: "an integer from 0 to 100",
  difficulty: `one of ${DIFFICULTIES.join(", ")}`,
  tags: "a non-empty list of tags, e.g. [distributed, replication]",
  tag: "a non-empty tag",
  canonical: "true or false",
  aliases: "a list of alternative names (may be empty: [])",
  alias: "a non-empty alias",
  date: "a date such as 2026-01-19",
} as const;

const trimmed = (v: unknown) => (typeof v === "string" ? v.trim() : v);
const lowerCased = (v: unknown) => (typeof v === "string" ? v.trim().toLowerCase() : v);

// Authors sometimes type curly quotes around a title; YAML keeps them as part of the value.
const unquoted = (v: unknown) =>
  typeof v === "string" ? v.trim().replace(/^[\u201c\u2018](.*)[\u201d\u2019]$/s, "$1").trim() : v;

const integerLike = (v: unknown) => (typeof v === "string" && /^\s*-?\d+\s*$/.test(v) ? Number(v) : v);

// `tags: a, b` (a plain string) is read as a list too.
const listLike = (v: unknown) => {
  if (v === null) return [];
  if (typeof v === "string") return v.split(",").map((s) => s.trim()).filter((s) => s.length > 0);
  return v;
};

const booleanLike = (v: unknown) => {
  if (typeof v !== "string") return v;
  const s = v.trim().toLowerCase();
  if (s === "true" || s === "yes") return true;
  if (s === "false" || s === "no") return false;
  return v;
};

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

function isCalendarDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

// Unquoted YAML dates arrive as strings (YAML 1.2) or as Date objects (other loaders): accept both.
const dateField = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : trimmed(v)),
  z
    .string({ error: EXPECTED.date })
    .refine(isCalendarDate, { error: EXPECTED.date })
    .transform((s) => s.slice(0, 10)),
);

/** The one schema for a note's front matter. */
export const frontMatterSchema = z.object({
  id: z.preprocess(trimmed, z.string({ error: EXPECTED.id }).regex(KEBAB_CASE, { error: EXPECTED.id })),
  title: z.preprocess(unquoted, z.string({ error: EXPECTED.title }).min(1, { error: EXPECTED.title })),
  type: z.preprocess(lowerCased, z.enum(NOTE_TYPES, { error: EXPECTED.type })),
  status: z.preprocess(lowerCased, z.enum(NOTE_STATUSES, { error: EXPECTED.status })),
  importance: z.preprocess(
    integerLike,
    z
      .number({ error: EXPECTED.importance })
      .int({ error: EXPECTED.importance })
      .min(0, { error: EXPECTED.importance })
      .max(100, { error: EXPECTED.importance }),
  ),
  difficulty: z.preprocess(lowerCased, z.enum(DIFFICULTIES, { error: EXPECTED.difficulty })),
  tags: z.preprocess(
    listLike,
    z
      .array(z.preprocess(trimmed, z.string({ error: EXPECTED.tag }).min(1, { error: EXPECTED.tag })), {
        error: EXPECTED.tags,
      })
      .min(1, { error: EXPECTED.tags }),
  ),
  canonical: z.preprocess(booleanLike, z.boolean({ error: EXPECTED.canonical })).default(true),
  aliases: z
    .preprocess(
      listLike,
      z.array(z.preprocess(trimmed, z.string({ error: EXPECTED.alias }).min(1, { error: EXPECTED.alias })), {
        error: EXPECTED.aliases,
      }),
    )
    .default([]),
  created_at: dateField,
  updated_at: dateField,
});

export type FrontMatter = z.output<typeof frontMatterSchema>;

export const FRONT_MATTER_KEYS: readonly string[] = Object.keys(frontMatterSchema.shape);

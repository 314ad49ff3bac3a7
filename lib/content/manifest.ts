import { z } from "zod";
import { ContentError } from "./errors";
import { CARD_KINDS, type Card, type CardKind, type CardManifest, type OrphanedCard } from "./types";

export const MANIFEST_FILE = ".cards.json";

const cardKindSchema = z.enum(CARD_KINDS);

const manifestSchema = z.object({
  version: z.literal(1),
  cards: z.record(
    z.string().min(1),
    z.object({ noteId: z.string().min(1), kind: cardKindSchema, prompt: z.string() }),
  ),
});

export function emptyManifest(): CardManifest {
  return { version: 1, cards: {} };
}

/** Parse `content/.cards.json`; throws ContentError naming the file when it is not a manifest. */
export function parseManifest(text: string, file = MANIFEST_FILE): CardManifest {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ContentError([{ file, line: 1, field: "manifest", message: `not valid JSON: ${reason}` }]);
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issue.path.map(String).join(".") : "";
    throw new ContentError([
      { file, line: 1, field: "manifest", message: `expected { "version": 1, "cards": { id: { noteId, kind, prompt } } }${where ? ` (at ${where})` : ""}` },
    ]);
  }
  return parsed.data;
}

/** Merge per-note manifests (as returned by deriveCards) into one. */
export function mergeManifests(parts: readonly CardManifest[]): CardManifest {
  const cards: CardManifest["cards"] = {};
  for (const part of parts) Object.assign(cards, part.cards);
  return { version: 1, cards };
}

/** Stable text form: sorted ids, fixed key order, two-space indent, trailing newline. */
export function serializeManifest(manifest: CardManifest): string {
  const ids = Object.keys(manifest.cards).sort();
  const cards: Record<string, { noteId: string; kind: CardKind; prompt: string }> = {};
  for (const id of ids) {
    const entry = manifest.cards[id];
    if (entry) cards[id] = { noteId: entry.noteId, kind: entry.kind, prompt: entry.prompt };
  }
  return `${JSON.stringify({ version: 1, cards }, null, 2)}\n`;
}

/** Ids of the previous manifest that no current card carries: their review history would be orphaned. */
export function findOrphans(previous: CardManifest | null | undefined, cards: readonly Card[]): OrphanedCard[] {
  if (!previous) return [];
  const current = new Set(cards.map((c) => c.id));
  // Usually none or a few are gone: sort those, not every id of the manifest.
  const gone = Object.keys(previous.cards).filter((id) => !current.has(id));
  return gone.sort().flatMap((id) => {
    const entry = previous.cards[id];
    return entry ? [{ id, ...entry }] : [];
  });
}

import "server-only";
import { createHash } from "node:crypto";
import { statSync } from "node:fs";
import path from "node:path";
import type { Card, Library, Note } from "@/lib/content";
import { createParseCache } from "@/lib/content";
import { defaultManifestPath, listNoteFiles, loadLibrary } from "@/lib/content/load-library";
import { predictionCards } from "@/lib/sim";
import { orderNewCards } from "@/lib/srs";

/** The library as the app uses it: derived once per content change, then shared by every request. */
export interface LibraryIndex extends Library {
  noteById: ReadonlyMap<string, Note>;
  cardById: ReadonlyMap<string, Card>;
  cardsByNote: ReadonlyMap<string, readonly Card[]>;
  /** Every card id in the order new cards are introduced (prerequisites first, topics interleaved). */
  newCardOrder: readonly string[];
  /** Notes whose files have errors, by file: their pages show the problem, the rest serve. */
  brokenFiles: ReadonlySet<string>;
  /** Identifies this version of the content (changes whenever a note changes). */
  version: string;
}

export function contentDir(): string {
  return process.env.QUORUM_CONTENT_DIR ?? path.join(process.cwd(), "content");
}

/** The topic a note is interleaved by: its first topic tag after the area tag. */
export function noteTopic(note: Note): string {
  return note.frontMatter.tags.find((t) => t !== note.area) ?? note.area;
}

/**
 * "Predict, then run" cards: one per scenario prediction, attached to the note that embeds the
 * scenario (a walkthrough first), so they join that note's cards in reviews.
 */
export function simCards(notes: readonly Note[]): Card[] {
  const hostOf = (scenario: string): Note | undefined => {
    const hosts = notes.filter((n) => n.sims.some((s) => s.scenario === scenario));
    return hosts.find((n) => n.frontMatter.type === "walkthrough") ?? hosts[0];
  };
  return predictionCards.flatMap((p) => {
    const host = hostOf(p.scenario);
    if (!host) return [];
    const slug = p.key.split("/").pop() ?? p.key;
    return [
      {
        id: `${host.id}:sim:${slug}`,
        noteId: host.id,
        kind: "sim" as const,
        prompt: `${p.prompt}\n\n*Predict first, then run the simulation to check.*`,
        answer: p.answer,
        sim: { scenario: p.scenario, seed: p.seed, settings: { ...p.settings }, actions: [...p.actions], untilMs: p.untilMs },
        line: host.sims.find((s) => s.scenario === p.scenario)?.line ?? 1,
      },
    ];
  });
}

function index(content: Library, version: string): LibraryIndex {
  const library: Library = { ...content, cards: [...content.cards, ...simCards(content.notes)] };
  const noteById = new Map(library.notes.map((n) => [n.id, n]));
  const cardById = new Map(library.cards.map((c) => [c.id, c]));
  const cardsByNote = new Map<string, Card[]>();
  for (const card of library.cards) {
    const list = cardsByNote.get(card.noteId) ?? [];
    list.push(card);
    cardsByNote.set(card.noteId, list);
  }
  const orderable = library.notes.map((note) => ({
    id: note.id,
    prerequisites: note.links.filter((l) => l.kind === "prerequisite").map((l) => l.targetId),
    area: noteTopic(note),
    tags: note.frontMatter.tags,
  }));
  const brokenFiles = new Set(library.problems.filter((p) => p.errors.length > 0).map((p) => p.file));
  return {
    ...library,
    noteById,
    cardById,
    cardsByNote,
    newCardOrder: orderNewCards(orderable, library.cards),
    brokenFiles,
    version,
  };
}

/**
 * A cheap fingerprint of the content directory: every note's path, size and mtime. It runs on
 * every request in development, so the stats are synchronous (40 take well under a millisecond):
 * React's development build records a stack for each promise created while a page renders, which
 * made a promise per file cost more than the stats themselves.
 */
async function fingerprint(dir: string): Promise<string> {
  const files = [...(await listNoteFiles(dir)), path.relative(dir, defaultManifestPath(dir))];
  return files
    .map((file) => {
      try {
        const s = statSync(path.join(dir, file));
        return `${file}:${s.size}:${s.mtimeMs}`;
      } catch {
        return `${file}:-`;
      }
    })
    .join("|");
}

const globalCache = globalThis as unknown as {
  quorumLibrary?: { key: string; value: Promise<LibraryIndex> };
  /** Parsed notes by content: after an edit only the changed note is parsed again. */
  quorumParseCache?: ReturnType<typeof createParseCache>;
};

/**
 * The current library. In production the content is fixed at build time and is read once;
 * in development a changed note is picked up on the next request.
 */
export async function getLibrary(): Promise<LibraryIndex> {
  const dir = contentDir();
  const cached = globalCache.quorumLibrary;
  if (cached && process.env.NODE_ENV === "production") return cached.value;
  const key = await fingerprint(dir);
  // Read the cache again: a request that started at the same time (a page and its metadata)
  // may have begun loading this very version while the fingerprint was being taken.
  const current = globalCache.quorumLibrary;
  if (current && current.key === key) return current.value;
  const version = createHash("sha256").update(key).digest("hex").slice(0, 12);
  globalCache.quorumParseCache ??= createParseCache();
  const value = loadLibrary(dir, { cache: globalCache.quorumParseCache }).then((library) => index(library, version));
  globalCache.quorumLibrary = { key, value };
  value.catch(() => {
    if (globalCache.quorumLibrary?.value === value) globalCache.quorumLibrary = undefined;
  });
  return value;
}

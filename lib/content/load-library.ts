// The only file of lib/content that touches the file system (server code, CLIs, benchmarks).
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { buildLibrary, createParseCache, type ParseCache } from "./build-library";
import { ContentError } from "./errors";
import { MANIFEST_FILE, parseManifest, serializeManifest } from "./manifest";
import type { parseNotesInParallel, ParallelParseOptions } from "./parallel-parse";
import type { CardManifest, Library, SourceFile } from "./types";

/**
 * Below this many notes to parse, start-up of the workers (about 0.75 s, loading the parser) costs
 * more than they save; with one core, a worker gains only its larger young generation.
 */
export const PARALLEL_MIN_NOTES = 150;

export interface ParallelLoadOptions extends ParallelParseOptions {
  /** Parse on worker threads only when at least this many notes need parsing; default PARALLEL_MIN_NOTES. */
  minNotes?: number;
}

export interface LoadOptions {
  /** Manifest path; default `<dir>/.cards.json`. Pass null to ignore any manifest. */
  manifestPath?: string | null;
  /** Keep parse results between loads (see createParseCache). */
  cache?: ParseCache;
  /** Parse large libraries on worker threads (default) or, with false, always in this thread. Same result either way. */
  parallel?: ParallelLoadOptions | false;
}

/** Note files under `dir`: `*.md`, skipping dot/underscore entries and README.md. Paths `/`-separated, sorted. */
export async function listNoteFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.toLowerCase().endsWith(".md") || entry.name.toLowerCase() === "readme.md") continue;
    const relative = path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/");
    if (relative.split("/").some((part) => part.startsWith(".") || part.startsWith("_"))) continue;
    files.push(relative);
  }
  return files.sort();
}

export async function readSourceFiles(dir: string): Promise<SourceFile[]> {
  const files = await listNoteFiles(dir);
  return Promise.all(files.map(async (file) => ({ file, text: await readFile(path.join(dir, file), "utf8") })));
}

/** The manifest at `file`, or null when there is none yet. Throws ContentError when it is malformed. */
export async function readManifest(file: string): Promise<CardManifest | null> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if (error instanceof Error && "code" in error && error.code === "ENOENT") return null;
    throw error;
  }
  return parseManifest(text, path.basename(file));
}

export async function writeManifest(file: string, manifest: CardManifest): Promise<void> {
  await writeFile(file, serializeManifest(manifest), "utf8");
}

export function defaultManifestPath(dir: string): string {
  return path.join(dir, MANIFEST_FILE);
}

/**
 * Read every note under `dir` (and its manifest) and build the library. A malformed manifest is
 * reported, not thrown. Large libraries are parsed on worker threads (see `parallel`).
 */
export async function loadLibrary(dir: string, options: LoadOptions = {}): Promise<Library> {
  const manifestPath = options.manifestPath === undefined ? defaultManifestPath(dir) : options.manifestPath;
  let manifest: CardManifest | null = null;
  let manifestError: ContentError | null = null;
  if (manifestPath !== null) {
    try {
      manifest = await readManifest(manifestPath);
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      manifestError = error;
    }
  }
  const files = await readSourceFiles(dir);
  const cache = options.cache ?? createParseCache();
  await parseAhead(files, cache, options.parallel ?? {});
  const library = buildLibrary(files, {
    manifest,
    cache,
    ...(manifestPath !== null ? { manifestFile: path.relative(dir, manifestPath).split(path.sep).join("/") } : {}),
  });
  if (manifestError) library.errors.unshift(...manifestError.problems);
  return library;
}

/** Parse the notes the cache lacks on worker threads, when there are enough of them to pay off. */
async function parseAhead(files: readonly SourceFile[], cache: ParseCache, parallel: ParallelLoadOptions | false): Promise<void> {
  if (parallel === false) return;
  const stale = files.filter((f) => cache.get(f.file)?.text !== f.text);
  if (stale.length < (parallel.minNotes ?? PARALLEL_MIN_NOTES)) return;
  const parse = await loadParallelParser();
  if (!parse) return;
  const { results } = await parse(stale, parallel);
  stale.forEach((f, i) => {
    const result = results[i];
    if (result) cache.set(f.file, { text: f.text, result });
  });
}

function isParallelParseModule(value: unknown): value is { parseNotesInParallel: typeof parseNotesInParallel } {
  return typeof value === "object" && value !== null && "parseNotesInParallel" in value && typeof value.parseNotesInParallel === "function";
}

/**
 * The worker-thread parser, imported by file URL at run time so that bundlers leave it (and
 * worker_threads) out of the app, whose library is small; null where it cannot be loaded.
 */
async function loadParallelParser(): Promise<typeof parseNotesInParallel | null> {
  const extension = /\.(ts|mts|js|mjs)$/.exec(import.meta.url)?.[0];
  if (!extension) return null;
  try {
    const url = new URL(`./parallel-parse${extension}`, import.meta.url).href;
    const loaded: unknown = await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ url);
    return isParallelParseModule(loaded) ? loaded.parseNotesInParallel : null;
  } catch {
    return null;
  }
}

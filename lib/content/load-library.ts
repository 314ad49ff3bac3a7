// The only file of lib/content that touches the file system (server code, CLIs, benchmarks).
import { readFileSync } from "node:fs";
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { buildLibrary, type ParseCache } from "./build-library";
import { ContentError } from "./errors";
import { MANIFEST_FILE, parseManifest, serializeManifest } from "./manifest";
import type { CardManifest, Library, SourceFile } from "./types";

export interface LoadOptions {
  /** Manifest path; default `<dir>/.cards.json`. Pass null to ignore any manifest. */
  manifestPath?: string | null;
  /** Keep parse results between loads (see createParseCache). */
  cache?: ParseCache;
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
  const sources: SourceFile[] = [];
  for (let i = 0; i < files.length; i += READ_BATCH) {
    if (i > 0) await new Promise<void>((resolve) => setImmediate(resolve));
    for (const file of files.slice(i, i + READ_BATCH)) sources.push({ file, text: readFileSync(path.join(dir, file), "utf8") });
  }
  return sources;
}

/**
 * Notes are read synchronously in batches of this many, yielding to the event loop between
 * batches: a third of the time of one promise per file (four thread-pool round trips each),
 * without holding a server's event loop for more than a few milliseconds.
 */
const READ_BATCH = 64;

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
 * reported, not thrown.
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
  const library = buildLibrary(files, {
    manifest,
    ...(options.cache ? { cache: options.cache } : {}),
    ...(manifestPath !== null ? { manifestFile: path.relative(dir, manifestPath).split(path.sep).join("/") } : {}),
  });
  if (manifestError) library.errors.unshift(...manifestError.problems);
  return library;
}

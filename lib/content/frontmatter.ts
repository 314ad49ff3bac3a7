import { CORE_SCHEMA, load as loadYaml } from "js-yaml";
import type { Root } from "mdast";
import { isMap, isScalar, LineCounter, parseDocument, type Document } from "yaml";
import { FRONT_MATTER_KEYS, frontMatterSchema, type FrontMatter } from "./frontmatter-schema";
import type { ContentProblem, ContentWarning } from "./types";

export interface FrontMatterResult {
  data: FrontMatter | null;
  rawId?: string;
  /** File line of each top-level key. */
  fieldLines: Record<string, number>;
  /** Offset where the document after the front matter begins. */
  endOffset: number;
  errors: ContentProblem[];
  warnings: ContentWarning[];
}

export interface ReadFrontMatterOptions {
  /** Take the fast path for simple front matter (default). False: always the full parser (tests compare the two). */
  simple?: boolean;
}

/** Read and validate the YAML front matter of a parsed note. `source` must be normalised (LF, no BOM). */
export function readFrontMatter(file: string, source: string, tree: Root, options: ReadFrontMatterOptions = {}): FrontMatterResult {
  const result: FrontMatterResult = { data: null, fieldLines: {}, endOffset: 0, errors: [], warnings: [] };
  const node = tree.children[0];
  if (node?.type !== "yaml") {
    const newline = source.indexOf("\n");
    const firstLine = (newline < 0 ? source : source.slice(0, newline)).trimEnd();
    const message =
      firstLine === "---"
        ? "front matter opened with --- on line 1 is never closed (expected a closing --- line)"
        : "missing front matter (expected the file to start with a --- line, key: value lines, and a closing ---)";
    result.errors.push({ file, line: 1, field: "frontmatter", message });
    return result;
  }
  result.endOffset = node.position?.end.offset ?? 0;
  // The YAML text starts on the line after the opening fence.
  const baseLine = node.position?.start.line ?? 1;
  if (options.simple !== false && readSimpleFrontMatter(file, node.value, baseLine, result)) return result;
  const lineCounter = new LineCounter();
  const doc = parseDocument(node.value, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => baseLine + lineCounter.linePos(offset).line;

  for (const error of doc.errors) {
    result.errors.push({ file, line: lineAt(error.pos[0]), field: "frontmatter", message: `invalid YAML: ${error.message}` });
  }
  for (const warning of doc.warnings) {
    result.warnings.push({ file, line: lineAt(warning.pos[0]), message: `front matter: ${warning.message}` });
  }
  if (doc.errors.length > 0) return result;

  if (!isMap(doc.contents)) {
    result.errors.push({
      file,
      line: baseLine,
      field: "frontmatter",
      message: "front matter must be a list of key: value lines (expected id, title, type, …)",
    });
    return result;
  }
  for (const pair of doc.contents.items) {
    if (isScalar(pair.key) && pair.key.range) {
      const key = String(pair.key.value);
      result.fieldLines[key] = lineAt(pair.key.range[0]);
      if (!FRONT_MATTER_KEYS.includes(key)) {
        result.warnings.push(unknownKey(file, lineAt(pair.key.range[0]), key));
      }
    }
  }

  const raw = toPlainObject(doc);
  setRawId(result, raw);

  const parsed = frontMatterSchema.safeParse(raw);
  if (parsed.success) {
    result.data = parsed.data;
    return result;
  }
  const seen = new Set<string>();
  for (const issue of parsed.error.issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
    const field = path.map(String).join(".");
    if (seen.has(field)) continue; // one message per field is enough
    seen.add(field);
    const top = String(path[0] ?? "frontmatter");
    const value = path.reduce<unknown>((v, p) => (isRecord(v) ? v[String(p)] : undefined), raw);
    const missing = value === undefined && path.length === 1;
    const message = missing
      ? `missing required field "${top}" (expected ${issue.message})`
      : `expected ${issue.message}, got ${describe(value)}`;
    result.errors.push({ file, line: missing ? baseLine : (nodeLine(doc, path, lineAt) ?? baseLine), field, message });
  }
  return result;
}

function unknownKey(file: string, line: number, key: string): ContentWarning {
  return { file, line, message: `unknown front-matter key "${key}" (ignored)` };
}

/** The id as written (trimmed), kept even when the front matter fails validation. */
function setRawId(result: FrontMatterResult, raw: Record<string, unknown>): void {
  const rawId = raw["id"];
  if (typeof rawId === "string" && rawId.trim() !== "") result.rawId = rawId.trim();
}

function nodeLine(doc: Document, path: (string | number)[], lineAt: (offset: number) => number): number | undefined {
  // The line of the offending list item, else of the key.
  if (path.length > 1) {
    const node = doc.getIn(path, true);
    if (node && typeof node === "object" && "range" in node && Array.isArray(node.range)) {
      const start: unknown = node.range[0];
      if (typeof start === "number") return lineAt(start);
    }
  }
  const contents = doc.contents;
  if (!isMap(contents)) return undefined;
  const pair = contents.items.find((p) => isScalar(p.key) && String(p.key.value) === String(path[0]));
  return pair && isScalar(pair.key) && pair.key.range ? lineAt(pair.key.range[0]) : undefined;
}

function toPlainObject(doc: Document): Record<string, unknown> {
  try {
    const value: unknown = doc.toJS({ maxAliasCount: 100 });
    return isRecord(value) ? value : {};
  } catch {
    return {};
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return "nothing";
  if (typeof value === "string") return `"${value}"`;
  if (value instanceof Date) return value.toISOString();
  return JSON.stringify(value) ?? typeof value;
}


// The fast path. Nearly every note's front matter is a handful of `key: value` lines, one-line
// [flow, lists] and block `- item` lists. For exactly that shape js-yaml (core schema, ~20 µs)
// reads the same values as the `yaml` document parser below (~220 µs, which keeps every node's
// position for error messages); a test holds the two to the same result. Anything else — other
// syntax, a value that fails the schema, a YAML error — goes the slow way, whose messages name
// the exact line. The shape is checked line by line, conservatively: no tabs, anchors, aliases,
// tags, directives, multi-line or nested collections, escapes, ": " / " #" inside plain values, or
// a leading "-" (js-yaml reads -0 as 0).
const PLAIN = String.raw`(?:[A-Za-z0-9_.(/~+])(?:(?!: | #)[^\t\[\]{}"])*?(?<!:)`;
const QUOTED = String.raw`"[^"\\]*"|'(?:[^']|'')*'`;
const FLOW_ITEM = String.raw`[A-Za-z0-9_.(/~+](?:(?!: )[^\t\[\]{},"#:])*`;
const COMMENT = String.raw`(?:[ \t]+#.*)?`;
// Group 1: the key; group 2: its value, absent when a block list may follow.
const ENTRY_LINE = new RegExp(String.raw`^([A-Za-z_][A-Za-z0-9_-]*):(?:[ ]+(${QUOTED}|${PLAIN}|\[[ ]*(?:${FLOW_ITEM}(?:[ ]*,[ ]*${FLOW_ITEM})*)?[ ]*\])${COMMENT}|${COMMENT})$`);
const ITEM_LINE = new RegExp(String.raw`^[ ]+- (?:${QUOTED}|${PLAIN})${COMMENT}$`);
const IGNORABLE_LINE = /^[ ]*(?:#.*)?$/;

/** Reads simple front matter into `result` (true), or leaves it untouched for the full parser (false). */
export function readSimpleFrontMatter(file: string, yaml: string, baseLine: number, result: FrontMatterResult): boolean {
  const keys: [string, number][] = [];
  const lines = yaml.split("\n");
  let listOpen = false; // the last entry has no value of its own, so "- item" lines may follow
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const entry = ENTRY_LINE.exec(line);
    if (entry) {
      keys.push([entry[1] ?? "", baseLine + 1 + i]);
      listOpen = entry[2] === undefined;
    } else if (ITEM_LINE.test(line)) {
      if (!listOpen) return false;
    } else if (!IGNORABLE_LINE.test(line)) return false;
  }
  let value: unknown;
  try {
    value = loadYaml(yaml, { schema: CORE_SCHEMA });
  } catch {
    return false;
  }
  if (!isRecord(value)) return false;
  const names = Object.keys(value);
  if (names.length !== keys.length || names.some((name, i) => keys[i]?.[0] !== name)) return false;
  const parsed = frontMatterSchema.safeParse(value);
  if (!parsed.success) return false;
  for (const [key, line] of keys) {
    result.fieldLines[key] = line;
    if (!FRONT_MATTER_KEYS.includes(key)) result.warnings.push(unknownKey(file, line, key));
  }
  setRawId(result, value);
  result.data = parsed.data;
  return true;
}

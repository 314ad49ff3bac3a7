import path from "node:path";

/** Resolves a `file:` URL to an absolute path, relative paths against `cwd`. */
export function sqliteFilePath(url: string, cwd: string = process.cwd()): string {
  const raw = url.replace(/^file:/, "").split("?")[0] ?? "";
  if (raw === ":memory:") return raw;
  return path.isAbsolute(raw) ? raw : path.resolve(cwd, raw);
}

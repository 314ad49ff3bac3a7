// Paths between notes. Free of the Markdown parser, so client code may import it directly.

/** `a/b/../c.md` → `a/c.md`; null when it climbs above the content directory. */
export function normalisePath(path: string): string | null {
  const out: string[] = [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (out.length === 0) return null;
      out.pop();
    } else out.push(part);
  }
  return out.join("/");
}

/** Content-relative path a note link points to, or null for external/non-note links. */
export function resolveNotePath(fromFile: string, href: string): string | null {
  const trimmed = href.trim();
  if (trimmed === "" || trimmed.startsWith("#") || trimmed.startsWith("/") || /^[a-z][a-z0-9+.-]*:/i.test(trimmed)) {
    return null;
  }
  const pathPart = trimmed.split(/[?#]/)[0] ?? "";
  if (!/\.md$/i.test(pathPart)) return null;
  let decoded = pathPart;
  try {
    decoded = decodeURIComponent(pathPart);
  } catch {
    // keep it as written
  }
  const dir = fromFile.includes("/") ? fromFile.slice(0, fromFile.lastIndexOf("/")) : "";
  return normalisePath(dir ? `${dir}/${decoded}` : decoded) ?? `../${decoded}`;
}

export function noteIdFromPath(path: string): string {
  const base = path.slice(path.lastIndexOf("/") + 1);
  return base.replace(/\.md$/i, "");
}

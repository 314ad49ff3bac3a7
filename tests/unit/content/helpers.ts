import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** Seed 004, byte for byte: the reference note. */
export const SEED = readFileSync(fileURLToPath(new URL("../../fixtures/content/seed-004.md", import.meta.url)), "utf8");

export const SEED_FILE = "distributed/distributed-systems-basics.md";

/** Replace the body of the section whose heading line is `heading` (up to the next heading of any level). */
export function replaceSection(text: string, heading: string, body: string): string {
  const start = text.indexOf(`${heading}\n`);
  if (start < 0) throw new Error(`no heading ${heading}`);
  const bodyStart = start + heading.length + 1;
  const next = text.slice(bodyStart).search(/^#{1,6} /m);
  const end = next < 0 ? text.length : bodyStart + next;
  return `${text.slice(0, bodyStart)}${body.trimEnd()}\n\n${text.slice(end)}`;
}

/** Remove a section (heading and body). */
export function dropSection(text: string, heading: string): string {
  const start = text.indexOf(`${heading}\n`);
  if (start < 0) throw new Error(`no heading ${heading}`);
  const bodyStart = start + heading.length + 1;
  const next = text.slice(bodyStart).search(/^#{1,6} /m);
  const end = next < 0 ? text.length : bodyStart + next;
  return text.slice(0, start) + text.slice(end);
}

/** The seed with another id/title (file name follows the id). */
export function seedAs(id: string, title = id): { file: string; text: string } {
  const text = SEED.replace("id: distributed-systems-basics", `id: ${id}`)
    .replace('title: "Distributed Systems Basics"', `title: "${title}"`)
    .replace("# Distributed Systems Basics", `# ${title}`);
  return { file: `distributed/${id}.md`, text };
}

/** Line number (1-based) of the first line containing `needle`. */
export function lineOf(text: string, needle: string): number {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`not found: ${needle}`);
  return text.slice(0, index).split("\n").length;
}

export const TRAP_HEADING = "### Trap questions (with answers)";

// Printing the benchmark figures and merging them into bench/results.json (other benchmarks
// keep their own keys there).
import { readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { repoRoot } from "./server";

export interface Figure {
  name: string;
  value: string;
  target: string;
  verdict: "PASS" | "MISS" | "info";
}

export function check(name: string, value: number, unit: string, target: { max?: number; min?: number } | null, note = ""): Figure {
  const shown = `${unit === "×" ? value.toFixed(2) : value.toFixed(unit === "ms" ? 2 : 0)}${unit === "×" ? "×" : ` ${unit}`}${note}`;
  if (!target) return { name, value: shown, target: "—", verdict: "info" };
  const pass = (target.max === undefined || value <= target.max) && (target.min === undefined || value >= target.min);
  const bound = target.max !== undefined ? `≤ ${target.max}` : `≥ ${target.min ?? 0}`;
  return { name, value: shown, target: `${bound}${unit === "×" ? "×" : ` ${unit}`}`, verdict: pass ? "PASS" : "MISS" };
}

export function printTable(figures: readonly Figure[]): void {
  const head: Figure = { name: "benchmark", value: "measured", target: "target", verdict: "info" };
  const rows = [head, ...figures];
  const width = (pick: (f: Figure) => string) => Math.max(...rows.map((r) => pick(r).length));
  const [a, b, c] = [width((r) => r.name), width((r) => r.value), width((r) => r.target)];
  for (const [i, r] of rows.entries()) {
    const verdict = i === 0 ? "result" : r.verdict;
    console.log(`${r.name.padEnd(a)}  ${r.value.padStart(b)}  ${r.target.padEnd(c)}  ${verdict}`);
    if (i === 0) console.log("-".repeat(a + b + c + 12));
  }
}

const resultsPath = path.join(repoRoot, "bench", "results.json");

/** Sets `key` in bench/results.json, keeping every other key; written atomically. */
export async function mergeResults(key: string, entry: unknown): Promise<void> {
  let existing: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(await readFile(resultsPath, "utf8"));
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) existing = { ...parsed };
  } catch {
    // No results yet (or unreadable): start a fresh object.
  }
  existing[key] = entry;
  const temporary = `${resultsPath}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(existing, null, 2)}\n`);
  await rename(temporary, resultsPath);
}

// Parse + validate benchmark for the content core:
//   npm run bench:content -- [--notes N] [--runs R]
// Writes N synthetic notes shaped like content/ (see content-notes.ts), loads them once with a
// cold JIT (as content:check does) to write a manifest of their cards, then loads the library R
// times against that manifest. Reports the median wall and CPU time against the 1.5 s target, the
// first load beside it, and writes them to bench/results.json (key "content").
// Worker threads were measured and dropped: on this 2-core machine two threads in one process
// parse no faster than one (their allocation and garbage collection contend), and their cold JIT
// and start-up cost more than they save now that the Markdown parser is native.
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { z } from "zod";
import { serializeManifest, type CardManifest, type Library } from "@/lib/content";
import { loadLibrary, readSourceFiles } from "@/lib/content/load-library";
import { parseMarkdown } from "@/lib/content/markdown-tree";
import { parseWithRemark } from "@/tests/support/remark-reference";
import { parseNote } from "@/lib/content/parse-note";
import { noteShape, syntheticLibrary } from "./content-notes";
import { median, round } from "./figures";
import { mergeResults } from "./report";

const TARGET_MS = 1500;
const repoRoot = fileURLToPath(new URL("..", import.meta.url));

const argsSchema = z.object({
  notes: z.coerce.number().int().min(10).max(20_000),
  runs: z.coerce.number().int().min(1).max(20),
});

interface Timing {
  wallMs: number;
  cpuMs: number;
}

async function timed<T>(fn: () => Promise<T> | T): Promise<{ value: T } & Timing> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = await fn();
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu); // all threads of the process, workers included
  return { value, wallMs, cpuMs: (used.user + used.system) / 1000 };
}

/** Every tenth trap prompt reworded in the manifest, so card ids go through similarity matching. */
function rewordedManifest(manifest: CardManifest): CardManifest {
  const cards: CardManifest["cards"] = {};
  Object.entries(manifest.cards).forEach(([id, entry], k) => {
    cards[id] = entry.kind === "trap" && k % 10 === 0 ? { ...entry, prompt: entry.prompt.replace(/^(\S+) (\S+)/, "$2 $1") } : entry;
  });
  return { version: 1, cards };
}

/** Per-note cost of the stages, in this thread, on a sample (best of a few passes: least disturbed). */
async function breakdown(texts: readonly { file: string; text: string }[]): Promise<Record<string, number>> {
  const perNote = async (fn: (f: { file: string; text: string }) => unknown) => {
    const passes: number[] = [];
    for (let pass = 0; pass < 3; pass++) passes.push((await timed(() => texts.forEach(fn))).cpuMs / texts.length);
    return round(Math.min(...passes), 2);
  };
  return {
    markdownCpuMsPerNote: await perNote((f) => parseMarkdown(f.text)),
    remarkParseCpuMsPerNote: await perNote((f) => parseWithRemark(f.text)),
    parseNoteCpuMsPerNote: await perNote((f) => parseNote(f.file, f.text)),
  };
}

const summaryOf = (l: Library) => `${l.notes.length} notes, ${l.cards.length} cards, ${l.errors.length} errors, ${l.warnings.length} warnings`;
const stats = (runs: readonly Timing[]) => ({
  wallMs: { median: Math.round(median(runs.map((r) => r.wallMs))), runs: runs.map((r) => Math.round(r.wallMs)) },
  cpuMs: { median: Math.round(median(runs.map((r) => r.cpuMs))), runs: runs.map((r) => Math.round(r.cpuMs)) },
});

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { notes: { type: "string", default: "1000" }, runs: { type: "string", default: "7" } },
    strict: true,
  });
  const args = argsSchema.parse(values);
  const dir = await mkdtemp(path.join(os.tmpdir(), "quorum-content-bench-"));
  try {
    const files = syntheticLibrary(args.notes);
    await Promise.all(["distributed", "operations"].map((area) => mkdir(path.join(dir, area))));
    await Promise.all(files.map((f) => writeFile(path.join(dir, f.file), f.text)));
    const shape = { generated: noteShape(files), real: noteShape(await readSourceFiles(path.join(repoRoot, "content"))) };
    console.log(`${args.notes} synthetic notes in ${dir}; per note, generated vs content/:`);
    const real = new Map(Object.entries(shape.real));
    for (const [key, value] of Object.entries(shape.generated)) console.log(`  ${key.padEnd(10)} ${String(value).padStart(8)} ${String(real.get(key)).padStart(8)}`);

    // The first load runs with a cold JIT, as `content:check` does; its cards, a few reworded,
    // become the manifest the timed runs compare with.
    const cold = await timed(() => loadLibrary(dir, { manifestPath: null }));
    await writeFile(path.join(dir, ".cards.json"), serializeManifest(rewordedManifest(cold.value.manifest)));
    console.log(`first load (cold JIT, no manifest): wall ${Math.round(cold.wallMs)} ms (${summaryOf(cold.value)})`);

    const runs: Timing[] = [];
    let library: Library | undefined;
    for (let run = 0; run < args.runs; run++) {
      const result = await timed(() => loadLibrary(dir));
      runs.push(result);
      library = result.value;
      console.log(`run ${run + 1}: wall ${Math.round(result.wallMs)} ms, cpu ${Math.round(result.cpuMs)} ms (${summaryOf(result.value)}; load ${os.loadavg()[0]?.toFixed(1)})`);
    }
    const parts = await breakdown(files.slice(0, Math.min(100, files.length)));

    const timing = stats(runs);
    const ratio = timing.wallMs.median / TARGET_MS;
    console.log(`median wall ${timing.wallMs.median} ms, cpu ${timing.cpuMs.median} ms (${(timing.wallMs.median / args.notes).toFixed(2)} ms/note)`);
    console.log(`per note: ${Object.entries(parts).map(([k, v]) => `${k} ${v}`).join(", ")}`);
    console.log(`target ${TARGET_MS} ms: ${ratio <= 1 ? "within target" : "over target"} (ratio ${ratio.toFixed(2)}; first load ${(cold.wallMs / TARGET_MS).toFixed(2)})`);
    await mergeResults("content", {
      notes: args.notes,
      runs: args.runs,
      bytesPerNote: Math.round(shape.generated.bytes),
      shape,
      targetMs: TARGET_MS,
      ratio: round(ratio, 2),
      ...timing,
      firstLoad: { wallMs: Math.round(cold.wallMs), cpuMs: Math.round(cold.cpuMs), ratio: round(cold.wallMs / TARGET_MS, 2) },
      breakdown: parts,
      summary: library ? summaryOf(library) : "",
      cores: os.availableParallelism(),
      loadAverage: round(os.loadavg()[0] ?? 0, 1),
      method:
        "loadLibrary (read, parse, validate, derive cards, compare with the manifest) of N generated notes in one thread: median of R runs after a first, cold-JIT load; wall = performance.now, cpu = process.cpuUsage",
      measuredAt: new Date().toISOString(),
    });
    console.log(`wrote bench/results.json (key "content")`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`bench:content: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});

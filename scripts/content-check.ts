// Validate the notes and derive their cards:
//   npm run content:check -- [--dir DIR] [--json] [--write-manifest]
// Exit 0 when there are no errors, 1 on any error, 2 on bad usage.
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { Library } from "@/lib/content";
import { defaultManifestPath, loadLibrary, writeManifest } from "@/lib/content/load-library";
import { readCliArgs, UsageError } from "./lib/cli";

const argsSchema = z.object({
  dir: z
    .string()
    .min(1, "--dir needs a directory")
    .refine((dir) => existsSync(dir) && statSync(dir).isDirectory(), { error: (issue) => `--dir ${String(issue.input)}: no such directory` }),
  json: z.boolean(),
  writeManifest: z.boolean(),
});

type Args = z.infer<typeof argsSchema>;

function readArgs(argv: string[]): Args {
  return readCliArgs(
    argv,
    {
      dir: { type: "string", default: "content" },
      json: { type: "boolean", default: false },
      "write-manifest": { type: "boolean", default: false },
    },
    argsSchema,
    (values) => ({ dir: values["dir"], json: values["json"], writeManifest: values["write-manifest"] }),
  );
}

/** Paths relative to the working directory (absolute when outside it), `/`-separated. */
function displayPath(dir: string, file: string): string {
  const absolute = path.resolve(dir, file);
  const relative = path.relative(process.cwd(), absolute);
  return (relative.startsWith("..") ? absolute : relative).split(path.sep).join("/");
}

function toJson(library: Library, dir: string) {
  const where = (file: string) => displayPath(dir, file);
  return {
    notes: library.notes.map((n) => ({
      id: n.id,
      title: n.title,
      file: where(n.file),
      type: n.frontMatter.type,
      tags: n.frontMatter.tags,
      difficulty: n.frontMatter.difficulty,
      importance: n.frontMatter.importance,
    })),
    cards: library.cards.map((c) => ({ id: c.id, noteId: c.noteId, kind: c.kind, prompt: c.prompt, answer: c.answer })),
    errors: library.errors.map((e) => ({ file: where(e.file), line: e.line, field: e.field, message: e.message })),
    warnings: library.warnings.map((w) => ({ file: where(w.file), line: w.line, message: w.message })),
  };
}

function printHuman(library: Library, dir: string): void {
  const where = (file: string, line: number) => `${displayPath(dir, file)}:${line}`;
  const kinds = new Map<string, number>();
  for (const card of library.cards) kinds.set(card.kind, (kinds.get(card.kind) ?? 0) + 1);
  const walkthroughs = library.notes.filter((n) => n.frontMatter.type === "walkthrough").length;
  const byKind = [...kinds].map(([kind, n]) => `${n} ${kind}`).join(", ");
  const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;
  console.log(
    `${count(library.notes.length, "note")} (${count(walkthroughs, "walkthrough")}), ${count(library.cards.length, "card")}${byKind ? ` (${byKind})` : ""}`,
  );
  console.log(`${library.errors.length} error(s), ${library.warnings.length} warning(s)`);
  if (library.errors.length > 0) {
    console.log("\nErrors:");
    for (const e of library.errors) console.log(`  ${where(e.file, e.line)}  ${e.field}  ${e.message}`);
  }
  const orphanIds = new Set(library.orphans.map((o) => o.id));
  const plain = library.warnings.filter((w) => ![...orphanIds].some((id) => w.message.startsWith(`card ${id} `)));
  if (plain.length > 0) {
    console.log("\nWarnings:");
    for (const w of plain) console.log(`  ${where(w.file, w.line)}  ${w.message}`);
  }
  if (library.orphans.length > 0) {
    console.log(`\nCard ids in the manifest that no longer exist (their review schedules would be orphaned):`);
    for (const o of library.orphans) console.log(`  ${o.id}  "${o.prompt}"`);
  }
}

async function main(): Promise<number> {
  const args = readArgs(process.argv.slice(2));
  const library = await loadLibrary(args.dir);
  if (args.json) process.stdout.write(`${JSON.stringify(toJson(library, args.dir))}\n`);
  else printHuman(library, args.dir);
  if (args.writeManifest) {
    // Messages go to stderr so --json output stays one object.
    if (library.errors.length > 0) {
      console.error("Manifest not written: fix the errors first.");
    } else {
      const file = defaultManifestPath(args.dir);
      await writeManifest(file, library.manifest);
      console.error(`Wrote ${displayPath(args.dir, path.basename(file))} (${Object.keys(library.manifest.cards).length} card ids).`);
    }
  }
  return library.errors.length > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`content:check: ${error.message} (usage: content:check [--dir DIR] [--json] [--write-manifest])`);
      process.exitCode = 2;
      return;
    }
    console.error(`content:check: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);

import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { replaceSection, SEED, seedAs, TRAP_HEADING } from "./helpers";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const TSX = path.join(ROOT, "node_modules/tsx/dist/cli.mjs");
const dir = mkdtempSync(path.join(os.tmpdir(), "content-check-"));

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [TSX, "scripts/content-check.ts", ...args], { cwd: ROOT, encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function write(file: string, text: string) {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("npm run content:check", () => {
  it("--json prints exactly one object with notes, cards, errors and warnings, and exits 1 on errors", () => {
    write("distributed/distributed-systems-basics.md", SEED);
    write("distributed/bad.md", seedAs("bad").text.replace("importance: 45", "importance: high"));
    const { code, stdout } = run("--dir", dir, "--json");
    expect(code).toBe(1);
    const output: unknown = JSON.parse(stdout);
    expect(Object.keys(output as object)).toEqual(["notes", "cards", "errors", "warnings"]);
    // Files are shown relative to the working directory, or absolute when outside it (as here).
    const relative = path.relative(ROOT, dir);
    const rel = (relative.startsWith("..") ? dir : relative).split(path.sep).join("/");
    expect(output).toMatchObject({
      notes: [
        {
          id: "distributed-systems-basics",
          title: "Distributed Systems Basics",
          file: `${rel}/distributed/distributed-systems-basics.md`,
          type: "concept",
          tags: ["system-design", "distributed"],
          difficulty: "medium",
          importance: 45,
        },
      ],
      errors: [{ file: `${rel}/distributed/bad.md`, line: 6, field: "importance", message: 'expected an integer from 0 to 100, got "high"' }],
      warnings: expect.arrayContaining([{ file: `${rel}/distributed/distributed-systems-basics.md`, line: 98, message: expect.stringContaining("broken link") }]),
    });
    const cards = (output as { cards: { id: string; kind: string }[] }).cards;
    expect(Object.keys(cards[0] ?? {})).toEqual(["id", "noteId", "kind", "prompt", "answer"]);
    expect(cards.filter((c) => c.kind === "trap")).toHaveLength(3);
  }, 60_000);

  it("--write-manifest writes a stable manifest; a later edit that drops a question is reported as orphaned", () => {
    rmSync(path.join(dir, "distributed/bad.md"));
    const written = run("--dir", dir, "--write-manifest");
    expect(written.code).toBe(0);
    const manifest = readFileSync(path.join(dir, ".cards.json"), "utf8");
    expect(JSON.parse(manifest)).toMatchObject({ version: 1 });
    expect(Object.keys(JSON.parse(manifest).cards)).toHaveLength(12);

    write("distributed/distributed-systems-basics.md", replaceSection(SEED, TRAP_HEADING, "1) **Q:** Are partitions rare enough to ignore?\n   - **A:** no.\n2) **Q:** Is distributed always faster?\n   - **A:** no."));
    const checked = run("--dir", dir);
    expect(checked.code).toBe(0);
    expect(checked.stdout).toContain("1 note (0 walkthroughs), 11 cards");
    expect(checked.stdout).toContain("orphaned");
    expect(checked.stdout).toContain('distributed-systems-basics:trap:have-perfect-consistency-availability  "Can you have perfect consistency and availability?"');
  }, 60_000);

  it("bad usage exits 2 with a one-line message", () => {
    const result = run("--dir", path.join(dir, "missing"));
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(run("--frobnicate").code).toBe(2);
  }, 60_000);
});

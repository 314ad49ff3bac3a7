// How long an author waits, under `npm run dev`, between saving a note and seeing the edit:
//   npm run bench:reload -- [--edits 8] [--note distributed/distributed-systems-basics.md]
// Starts `next dev` on a copy of content/ and a fresh SQLite database, signs a learner in,
// opens the note's page in Chromium and saves N edits to the note file, one after another.
// Each edit is timed from the moment the file is written to the moment the browser's DOM holds
// the new text (a MutationObserver in the page, not a polling assertion). Target: ≤ 1 s.
// The first edit after the page opens is reported on its own (the dev server compiles the
// refresh on first use). Writes bench/results.json (key "devReload"). Uses .next/dev, so do
// not run it beside another `next dev` of this checkout.
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream } from "node:fs";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import { z } from "zod";
import { hashPassword } from "@/lib/auth/password";
import { createDb } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/schema-engine";
import { median, percentile, round } from "./figures";
import { check, mergeResults, printTable } from "./report";
import { BENCH_PASSWORD, createBenchUser } from "./seed";
import { freePort, repoRoot } from "./server";
import { signInCookie } from "./session";

const TARGET_MS = 1000;
const CHROMIUM = "/usr/bin/chromium";

const argsSchema = z.object({
  edits: z.coerce.number().int().min(2).max(50),
  note: z.string().regex(/^[\w-]+\/[\w-]+\.md$/, "expected <area>/<id>.md"),
});

function parseCli(): z.infer<typeof argsSchema> {
  try {
    const { values } = parseArgs({
      args: process.argv.slice(2),
      options: { edits: { type: "string", default: "8" }, note: { type: "string", default: "distributed/distributed-systems-basics.md" } },
      strict: true,
    });
    return argsSchema.parse(values);
  } catch (error) {
    const message = error instanceof z.ZodError ? error.issues.map((i) => `--${i.path.join(".")}: ${i.message}`).join("; ") : String(error);
    console.error(`bench:reload: ${message}`);
    process.exit(2);
  }
}

/** `next dev` in its own process group, so stopping it stops its workers too. */
async function startDevServer(env: NodeJS.ProcessEnv, logFile: string): Promise<{ origin: string; child: ChildProcess }> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const log = createWriteStream(logFile);
  const child = spawn(path.join(repoRoot, "node_modules", ".bin", "next"), ["dev", "--hostname", "127.0.0.1", "--port", String(port)], {
    cwd: repoRoot,
    env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next dev exited with ${child.exitCode}; see ${logFile}`);
    if (await fetch(`${origin}/api/health`).then((r) => r.ok, () => false)) return { origin, child };
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`next dev did not answer within 180 s; see ${logFile}`);
}

function stopDevServer(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    child.kill("SIGTERM");
  }
}

async function main(): Promise<void> {
  const args = parseCli();
  const work = await mkdtemp(path.join(os.tmpdir(), "quorum-reload-bench-"));
  const contentDir = path.join(work, "content");
  const noteFile = path.join(contentDir, args.note);
  const noteId = path.basename(args.note, ".md");
  let server: ChildProcess | undefined;
  const browser = await chromium.launch({ executablePath: CHROMIUM }).catch((error: unknown) => {
    throw new Error(`cannot start ${CHROMIUM} (npm test installs it): ${error instanceof Error ? error.message : String(error)}`);
  });
  try {
    await cp(path.join(repoRoot, "content"), contentDir, { recursive: true });
    const original = await readFile(noteFile, "utf8");
    const title = /^# .*$/m.exec(original);
    if (!title) throw new Error(`${args.note} has no "# " title line to insert edits after`);

    const databaseUrl = `file:${path.join(work, "dev.db")}`;
    await applyMigrations(repoRoot, databaseUrl);
    const db = createDb(databaseUrl);
    const email = `reload-${Date.now()}@bench.test`;
    await createBenchUser(db, email, await hashPassword(BENCH_PASSWORD));
    await db.$disconnect();

    console.log(`bench:reload: starting next dev on a copy of content/ (${work})…`);
    const dev = await startDevServer(
      {
        ...process.env,
        NODE_ENV: "development",
        NEXT_TELEMETRY_DISABLED: "1",
        DATABASE_URL: databaseUrl,
        QUORUM_CONTENT_DIR: contentDir,
        AUTH_SECRET: process.env["AUTH_SECRET"] ?? `reload-bench-${Math.random().toString(36).slice(2)}${Date.now()}`,
      },
      path.join(work, "next-dev.log"),
    );
    server = dev.child;
    const cookie = await signInCookie(dev.origin, email, BENCH_PASSWORD);
    const [name = "", value = ""] = cookie.split(/=(.*)/s);
    const page = await browser.newPage();
    await page.context().addCookies([{ name, value, url: dev.origin }]);
    await page.goto(`${dev.origin}/notes/${noteId}`, { timeout: 180_000 });
    await page.waitForFunction(() => document.documentElement.dataset["contentEvents"] === "open", null, { timeout: 60_000 });

    const timings: number[] = [];
    for (let i = 0; i < args.edits; i++) {
      const marker = `Reload marker ${i} ${Date.now()}`;
      // The observer is in place before the file changes; it resolves with the browser's clock.
      await page.evaluate((m) => {
        const win = window as unknown as { reloadSeen?: Promise<number> };
        win.reloadSeen = new Promise<number>((resolve, reject) => {
          setTimeout(() => reject(new Error(`the edit did not show within 30 s: ${m}`)), 30_000);
          const observer = new MutationObserver(() => {
            if (!document.body.innerText.includes(m)) return;
            observer.disconnect();
            resolve(Date.now());
          });
          observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        });
      }, marker);
      const written = Date.now();
      await writeFile(noteFile, original.replace(title[0], `${title[0]}\n\n${marker}`));
      const seen = await page.evaluate(() => (window as unknown as { reloadSeen: Promise<number> }).reloadSeen);
      timings.push(seen - written);
      console.log(`edit ${i + 1}: visible after ${seen - written} ms`);
    }

    const [first = 0, ...rest] = timings;
    const sorted = [...rest].sort((a, b) => a - b);
    const figures = {
      medianMs: Math.round(median(rest)),
      p90Ms: Math.round(percentile(sorted, 0.9)),
      maxMs: Math.max(...rest),
      firstEditMs: first,
    };
    printTable([
      check("note edit visible under npm run dev: median", figures.medianMs, "ms", { max: TARGET_MS }),
      check("note edit visible under npm run dev: slowest", figures.maxMs, "ms", { max: TARGET_MS }),
      check("first edit after the page opened", figures.firstEditMs, "ms", { max: TARGET_MS }),
    ]);
    await mergeResults("devReload", {
      note: args.note,
      edits: args.edits,
      targetMs: TARGET_MS,
      ...figures,
      ratio: round(figures.medianMs / TARGET_MS, 2),
      timingsMs: timings,
      cores: os.availableParallelism(),
      loadAverage: round(os.loadavg()[0] ?? 0, 1),
      method:
        "next dev on a copy of content/, the note's page open in Chromium; each edit timed from writing the file to a MutationObserver seeing the new text in the page (browser and bench share the clock); median and slowest over the edits after the first",
      measuredAt: new Date().toISOString(),
    });
    console.log(`wrote bench/results.json (key "devReload")`);
  } finally {
    await browser.close();
    if (server) stopDevServer(server);
    await rm(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`bench:reload: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});

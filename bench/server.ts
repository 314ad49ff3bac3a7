// Building and serving the app for the HTTP benchmarks: `next build` once, then the production
// server (scripts/serve.mjs) on a free port with request logs off and the bare route enabled.
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream } from "node:fs";
import { readFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";

export const repoRoot = path.resolve(import.meta.dirname, "..");

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function exitOf(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once("exit", (code) => resolve(code));
  });
}

async function tail(file: string, lines = 30): Promise<string> {
  const text = await readFile(file, "utf8").catch(() => "");
  return text.split("\n").slice(-lines).join("\n");
}

/** Runs a command from the repo root with its output in `logFile`; rejects on a non-zero exit. */
export async function runLogged(command: string, args: string[], logFile: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const log = createWriteStream(logFile);
  const child = spawn(command, args, { cwd: repoRoot, env, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const code = await exitOf(child);
  if (code !== 0) throw new Error(`${command} ${args.join(" ")} exited with ${code}:\n${await tail(logFile)}`);
}

export function buildApp(logFile: string): Promise<void> {
  return runLogged("npx", ["next", "build"], logFile, { ...process.env, NEXT_TELEMETRY_DISABLED: "1" });
}

export interface RunningServer {
  origin: string;
  stop(): Promise<void>;
}

/** Starts the built app against `databaseUrl` and waits until /api/health answers 200. */
export async function startServer(options: { databaseUrl: string; logFile: string; nodeArgs?: string[] }): Promise<RunningServer> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const log = createWriteStream(options.logFile);
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), "scripts/serve.mjs"], {
    cwd: repoRoot,
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: options.databaseUrl,
      PORT: String(port),
      HOST: "127.0.0.1",
      LOG_LEVEL: "silent",
      QUORUM_BENCH: "1",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const exited = exitOf(child);
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}:\n${await tail(options.logFile)}`);
    const healthy = await fetch(`${origin}/api/health`).then((r) => r.ok, () => false);
    if (healthy) {
      return {
        origin,
        stop: async () => {
          child.kill("SIGTERM");
          const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
          await exited;
          clearTimeout(timer);
        },
      };
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill("SIGKILL");
  throw new Error(`the server did not become healthy within 120 s:\n${await tail(options.logFile)}`);
}

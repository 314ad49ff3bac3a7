// A throwaway PostgreSQL for the benchmarks, through scripts/with-postgres.sh: the script runs
// a command that prints the server URL and waits on stdin; closing stdin ends the command, and
// the script then stops and deletes the server.
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import pg from "pg";
import { repoRoot } from "./server";

export interface PostgresServer {
  /** A superuser URL to the "postgres" database. */
  url: string;
  stop(): Promise<void>;
}

export async function startPostgres(): Promise<PostgresServer> {
  const child = spawn("bash", ["scripts/with-postgres.sh", "sh", "-c", 'printf "%s\\n" "$POSTGRES_URL"; exec cat >/dev/null'], {
    cwd: repoRoot,
    stdio: ["pipe", "pipe", "inherit"],
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  const lines = createInterface({ input: child.stdout });
  const url = await new Promise<string>((resolve, reject) => {
    lines.once("line", resolve);
    void exited.then((code) => reject(new Error(`with-postgres.sh exited with ${code} before PostgreSQL was ready`)));
  });
  if (!/^postgres(ql)?:\/\//.test(url)) throw new Error(`with-postgres.sh printed "${url}", not a PostgreSQL URL`);
  return {
    url,
    stop: async () => {
      child.stdin.end();
      await exited;
    },
  };
}

/** Creates a new empty database on the server and returns its URL. */
export async function createDatabase(serverUrl: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

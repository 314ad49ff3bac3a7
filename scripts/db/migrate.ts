// Migrations on SQLite and PostgreSQL through Prisma's WebAssembly schema engine.
//   deploy                 apply every pending migration to DATABASE_URL (default: the SQLite file)
//   status                 report pending / failed / edited migrations (exit 1 unless up to date)
//   reset                  empty the database and re-apply the history
//   create --name NAME     write a new migration for DATABASE_URL's provider from prisma/schema.prisma
//   check                  exit 1 if the schema has changes no migration holds
import path from "node:path";
import { z } from "zod";
import { databaseProvider, databaseUrlFrom } from "../../lib/env";
import {
  applyMigrations,
  createMigration,
  migrationStatus,
  pendingSchemaChange,
  resetDatabase,
} from "../../lib/db/schema-engine";
import { loadLocalEnv } from "../lib/local-env";

const root = path.resolve(import.meta.dirname, "../..");
loadLocalEnv(root);

const argsSchema = z.discriminatedUnion("command", [
  z.object({ command: z.literal("deploy") }),
  z.object({ command: z.literal("status") }),
  z.object({ command: z.literal("reset") }),
  z.object({ command: z.literal("check") }),
  z.object({ command: z.literal("create"), name: z.string().regex(/^[a-z0-9_]+$/, "use lower_snake_case") }),
]);

function parseArgs(argv: string[]) {
  const [command, ...rest] = argv;
  const nameAt = rest.indexOf("--name");
  const parsed = argsSchema.safeParse({ command, name: nameAt >= 0 ? rest[nameAt + 1] : undefined });
  if (!parsed.success) {
    console.error(`usage: migrate deploy|status|reset|check|create --name NAME (${parsed.error.issues[0]?.message})`);
    process.exit(2);
  }
  return parsed.data;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const url = databaseUrlFrom(process.env);
  const where = databaseProvider(url) === "sqlite" ? url : url.replace(/\/\/[^@]*@/, "//***@");
  switch (args.command) {
    case "deploy": {
      const applied = await applyMigrations(root, url);
      console.log(applied.length ? `Applied ${applied.length} migration(s) to ${where}: ${applied.join(", ")}` : `Database ${where} is up to date.`);
      return 0;
    }
    case "status": {
      const s = await migrationStatus(root, url);
      console.log(JSON.stringify(s, null, 2));
      return s.applied ? 0 : 1;
    }
    case "reset": {
      const applied = await resetDatabase(root, url);
      console.log(`Reset ${where}; applied ${applied.length} migration(s).`);
      return 0;
    }
    case "check": {
      const sql = await pendingSchemaChange(root, url);
      if (sql) {
        console.error(`prisma/schema.prisma has changes no migration holds (${databaseProvider(url)}):\n${sql}`);
        return 1;
      }
      console.log(`Migrations for ${databaseProvider(url)} match the schema.`);
      return 0;
    }
    case "create": {
      const folder = await createMigration(root, url, args.name, new Date());
      console.log(folder ? `Created prisma/migrations/${databaseProvider(url)}/${folder}` : "No schema changes: nothing to create.");
      return 0;
    }
  }
}

main().then(
  (code) => process.exit(code), // the engine leaves a 60-second timer running
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);

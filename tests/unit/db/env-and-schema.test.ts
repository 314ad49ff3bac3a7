import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { derivePostgresSchema } from "@/lib/db/derive-schema";
import { sqliteFilePath } from "@/lib/db/sqlite-path";
import { databaseProvider, databaseUrlFrom, EnvError, parseEnv } from "@/lib/env";

const root = path.resolve(import.meta.dirname, "../../..");
const secret = "s".repeat(32);

describe("parseEnv", () => {
  it("defaults to the embedded SQLite file", () => {
    const env = parseEnv({ AUTH_SECRET: secret });
    expect(env.DATABASE_URL).toBe("file:./data/quorum.db");
    expect(databaseProvider(env.DATABASE_URL)).toBe("sqlite");
  });

  it("switches to PostgreSQL by URL", () => {
    const env = parseEnv({ AUTH_SECRET: secret, DATABASE_URL: "postgresql://u:p@127.0.0.1:5432/q" });
    expect(databaseProvider(env.DATABASE_URL)).toBe("postgresql");
  });

  it("fails fast with a readable message naming each bad variable", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://x", AUTH_SECRET: "short" })).toThrowError(EnvError);
    try {
      parseEnv({ DATABASE_URL: "mysql://x", AUTH_SECRET: "short" });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain("DATABASE_URL must start with file: (SQLite) or postgresql://");
      expect(message).toContain("AUTH_SECRET must be at least 32 characters");
    }
  });

  it("explains how to get a missing AUTH_SECRET", () => {
    expect(() => parseEnv({})).toThrowError(/AUTH_SECRET is missing: run `npm run setup`/);
  });

  it("requires both GitHub settings together", () => {
    expect(() => parseEnv({ AUTH_SECRET: secret, AUTH_GITHUB_ID: "id" })).toThrowError(/AUTH_GITHUB_ID and AUTH_GITHUB_SECRET must be set together/);
    expect(parseEnv({ AUTH_SECRET: secret, AUTH_GITHUB_ID: "id", AUTH_GITHUB_SECRET: "s" }).AUTH_GITHUB_ID).toBe("id");
  });

  it("reads the database URL alone for tools that need no secret", () => {
    expect(databaseUrlFrom({})).toBe("file:./data/quorum.db");
    expect(() => databaseUrlFrom({ DATABASE_URL: "redis://x" })).toThrowError(EnvError);
  });
});

describe("sqliteFilePath", () => {
  it("resolves relative file URLs against the working directory", () => {
    expect(sqliteFilePath("file:./data/q.db", "/srv/app")).toBe("/srv/app/data/q.db");
    expect(sqliteFilePath("file:/var/q.db?mode=rwc", "/srv/app")).toBe("/var/q.db");
  });
});

describe("the PostgreSQL schema", () => {
  it("is derived from prisma/schema.prisma and committed in step with it", () => {
    const source = readFileSync(path.join(root, "prisma/schema.prisma"), "utf8");
    const committed = readFileSync(path.join(root, "prisma/postgresql/schema.prisma"), "utf8");
    expect(committed).toBe(derivePostgresSchema(source));
    expect(committed).toMatch(/provider\s*=\s*"postgresql"/);
  });

  it("refuses a source schema it cannot derive from", () => {
    expect(() => derivePostgresSchema('datasource db { provider = "mysql" }')).toThrowError(/must keep provider = "sqlite"/);
  });

  it("keeps one migration history per provider, with the same migrations in the same order", () => {
    const history = (p: string) => {
      const dir = path.join(root, "prisma/migrations", p);
      expect(readFileSync(path.join(dir, "migration_lock.toml"), "utf8")).toContain(`provider = "${p}"`);
      return readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
    };
    const sqlite = history("sqlite");
    expect(sqlite.length).toBeGreaterThan(0);
    expect(history("postgresql")).toEqual(sqlite);
  });
});

import { z } from "zod";

// The one place the environment is read and validated. Imported by next.config.ts,
// so a bad value fails the build and the server start with a readable message.

const DEFAULT_DATABASE_URL = "file:./data/quorum.db";

const optionalNonEmpty = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

export const databaseUrlSchema = z
  .string()
  .trim()
  .default(DEFAULT_DATABASE_URL)
  .refine((url) => /^(file:|postgres(ql)?:\/\/)/.test(url), {
    message: "must start with file: (SQLite) or postgresql:// (PostgreSQL)",
  });

export const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: databaseUrlSchema,
    AUTH_SECRET: z
      .string({ error: "is missing: run `npm run setup` to generate one into .env.local" })
      .min(32, "must be at least 32 characters (run `npm run setup` to generate one)"),
    AUTH_GITHUB_ID: optionalNonEmpty,
    AUTH_GITHUB_SECRET: optionalNonEmpty,
    LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
    APP_VERSION: z.string().optional(),
  })
  .superRefine((env, ctx) => {
    if (Boolean(env.AUTH_GITHUB_ID) !== Boolean(env.AUTH_GITHUB_SECRET)) {
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_GITHUB_SECRET"],
        message: "AUTH_GITHUB_ID and AUTH_GITHUB_SECRET must be set together",
      });
    }
  });

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  override name = "EnvError";
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  - ${issue.path.join(".") || "(env)"} ${issue.message}`);
    throw new EnvError(`Invalid environment configuration:\n${lines.join("\n")}`);
  }
  return result.data;
}

export type DatabaseProvider = "sqlite" | "postgresql";

export function databaseProvider(url: string): DatabaseProvider {
  return url.startsWith("file:") ? "sqlite" : "postgresql";
}

/** The database URL alone, for tools that need no secrets (migrations, content loading). */
export function databaseUrlFrom(source: Record<string, string | undefined>): string {
  const result = databaseUrlSchema.safeParse(source.DATABASE_URL);
  if (!result.success) throw new EnvError(`Invalid environment configuration:\n  - DATABASE_URL ${result.error.issues[0]?.message ?? "is invalid"}`);
  return result.data;
}

let cached: Env | undefined;

/** The validated environment of this process, read once. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

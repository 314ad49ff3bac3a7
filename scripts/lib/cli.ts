// Command-line handling shared by the project's tools: node's parseArgs, then a zod schema,
// with every mistake reported as a UsageError (the tools exit 2 on those).
import { parseArgs, type ParseArgsConfig } from "node:util";
import type { z } from "zod";

export class UsageError extends Error {
  override name = "UsageError";
}

/**
 * Parses `argv` against `options` (no positionals), maps the raw values with `shape` and
 * validates them with `schema`. Throws UsageError naming the first problem.
 */
export function readCliArgs<S extends z.ZodType>(
  argv: readonly string[],
  options: NonNullable<ParseArgsConfig["options"]>,
  schema: S,
  shape: (values: Record<string, unknown>) => unknown = (values) => values,
): z.infer<S> {
  let values: Record<string, unknown>;
  try {
    values = parseArgs({ args: [...argv], options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const parsed = schema.safeParse(shape(values));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const message = issue?.message ?? "invalid arguments";
    // Name the option as typed (timeZone → --time-zone) unless the message already does.
    const option = issue?.path[0] === undefined ? "" : `--${String(issue.path[0]).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
    throw new UsageError(option && !message.startsWith("--") ? `${option}: ${message}` : message);
  }
  return parsed.data;
}

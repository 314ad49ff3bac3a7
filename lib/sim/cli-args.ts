import { z } from "zod";
import { SimInputError } from "./core/errors";
import { coerceSetting } from "./core/settings";
import type { SettingsRecord, SettingValue } from "./core/types";
import { getScenario } from "./registry";

export type SimCommand =
  | { readonly kind: "list" }
  | { readonly kind: "help" }
  | {
      readonly kind: "run";
      readonly scenario: string;
      readonly seed: number;
      readonly settings: SettingsRecord;
      readonly untilMs: number;
      readonly json: boolean;
    };

export const SIM_USAGE =
  "usage: npm run sim -- <scenario> [--seed N] [--set key=value …] [--until ms] [--json]  |  npm run sim -- --list";

const rawArgs = z
  .object({
    positionals: z.array(z.string()).max(1, "expected a single scenario id"),
    list: z.boolean(),
    help: z.boolean(),
    json: z.boolean(),
    seed: z
      .string()
      .regex(/^\d+$/, "expected a whole number from 0 to 4294967295")
      .transform(Number)
      .pipe(z.number().max(0xffffffff, "expected a whole number from 0 to 4294967295"))
      .default(1),
    until: z
      .string()
      .regex(/^\d+(\.\d+)?$/, "expected a number of ms")
      .transform(Number)
      .pipe(z.number().positive("expected a positive number of ms").max(86_400_000, "at most 86400000 ms (a day)"))
      .optional(),
    sets: z.array(z.string().regex(/^[A-Za-z][\w-]*=.*$/, "expected key=value")),
  })
  .strict();

const VALUE_FLAGS = new Set(["--seed", "--set", "--until"]);
const SWITCHES = new Set(["--list", "--json", "--help"]);
const FLAG_OF: Record<string, string> = { seed: "--seed", until: "--until", sets: "--set", positionals: "scenario" };

function tokenize(argv: readonly string[]): z.input<typeof rawArgs> {
  const out: z.input<typeof rawArgs> = { positionals: [], list: false, json: false, help: false, sets: [] };
  const sets: string[] = [];
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (!arg.startsWith("--")) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const flag = eq < 0 ? arg : arg.slice(0, eq);
    if (SWITCHES.has(flag) && eq < 0) {
      if (flag === "--list") out.list = true;
      else if (flag === "--help") out.help = true;
      else out.json = true;
      continue;
    }
    if (!VALUE_FLAGS.has(flag)) throw new SimInputError(`unknown option "${arg}"`);
    const value = eq < 0 ? argv[++i] : arg.slice(eq + 1);
    if (value === undefined) throw new SimInputError(`${flag} needs a value`);
    if (flag === "--set") sets.push(value);
    else if (flag === "--seed") out.seed = value;
    else out.until = value;
  }
  return { ...out, positionals, sets };
}

/** Parses the sim CLI's arguments (without the node/script prefix); throws SimInputError on bad usage. */
export function parseSimArgs(argv: readonly string[]): SimCommand {
  const parsed = rawArgs.safeParse(tokenize(argv));
  if (!parsed.success) {
    const reasons = parsed.error.issues.map((i) => `${FLAG_OF[String(i.path[0])] ?? "arguments"}: ${i.message}`);
    throw new SimInputError(reasons.join("; "));
  }
  const args = parsed.data;
  if (args.help) return { kind: "help" };
  if (args.list) {
    if (args.positionals.length > 0) throw new SimInputError("--list takes no scenario");
    return { kind: "list" };
  }
  const id = args.positionals[0];
  if (id === undefined) throw new SimInputError(`missing scenario id (${SIM_USAGE})`);
  const scenario = getScenario(id);
  const raw: Record<string, SettingValue> = {};
  for (const pair of args.sets) {
    const eq = pair.indexOf("=");
    const key = pair.slice(0, eq);
    const control = scenario.controls.find((c) => c.key === key);
    if (control === undefined) {
      throw new SimInputError(`unknown setting "${key}" for ${id} (known: ${scenario.controls.map((c) => c.key).join(", ")})`);
    }
    raw[key] = coerceSetting(control, pair.slice(eq + 1));
  }
  return {
    kind: "run",
    scenario: id,
    seed: args.seed,
    settings: scenario.parseSettings(raw),
    untilMs: args.until ?? scenario.defaultUntilMs,
    json: args.json,
  };
}

import { z } from "zod";
import { SimInputError } from "./errors";
import type { SettingValue, SettingsRecord } from "./types";

/**
 * A control the player can draw for one setting, read off the scenario's zod schema
 * (`z.number().min().max().default().meta({ title, step, unit })`, `z.boolean()`, `z.enum()`),
 * so the schema stays the one source of names, ranges and defaults.
 */
export type Control =
  | {
      readonly key: string;
      readonly kind: "slider";
      readonly label: string;
      readonly min: number;
      readonly max: number;
      readonly step: number;
      readonly unit: string | undefined;
      readonly default: number;
    }
  | { readonly key: string; readonly kind: "switch"; readonly label: string; readonly default: boolean }
  | {
      readonly key: string;
      readonly kind: "select";
      readonly label: string;
      readonly options: readonly string[];
      readonly default: string;
    };

export type SettingsSchema = z.ZodObject<z.ZodRawShape>;

function controlFor(key: string, field: z.core.$ZodType): Control {
  const meta = z.globalRegistry.get(field);
  const label = meta?.title ?? key;
  const inner = field instanceof z.ZodDefault ? field.unwrap() : field;
  const fallback: unknown = field instanceof z.ZodDefault ? field.def.defaultValue : undefined;
  if (inner instanceof z.ZodNumber && typeof fallback === "number") {
    const step = typeof meta?.step === "number" ? meta.step : inner.isInt ? 1 : 0.01;
    const unit = typeof meta?.unit === "string" ? meta.unit : undefined;
    const min = inner.minValue ?? 0;
    const max = inner.maxValue ?? fallback;
    return { key, kind: "slider", label, min, max, step, unit, default: fallback };
  }
  if (inner instanceof z.ZodBoolean && typeof fallback === "boolean") {
    return { key, kind: "switch", label, default: fallback };
  }
  if (inner instanceof z.ZodEnum && typeof fallback === "string") {
    return { key, kind: "select", label, options: inner.options.map(String), default: fallback };
  }
  throw new TypeError(`setting "${key}" needs a defaulted number, boolean or enum schema`);
}

export function describeSettings(schema: SettingsSchema): Control[] {
  return Object.entries(schema.shape).map(([key, field]) => controlFor(key, field));
}

const TRUE = new Set(["true", "on", "yes", "1"]);
const FALSE = new Set(["false", "off", "no", "0"]);

/** Turns a command-line string into the setting's type (range checks happen in `parseSettings`). */
export function coerceSetting(control: Control, raw: string): SettingValue {
  switch (control.kind) {
    case "slider": {
      const value = Number(raw);
      if (raw.trim() === "" || !Number.isFinite(value)) {
        throw new SimInputError(`setting "${control.key}" expects a number, got "${raw}"`);
      }
      return value;
    }
    case "switch": {
      const word = raw.toLowerCase();
      if (TRUE.has(word)) return true;
      if (FALSE.has(word)) return false;
      throw new SimInputError(`setting "${control.key}" expects true or false, got "${raw}"`);
    }
    case "select":
      return raw;
  }
}

/** Validates settings (unknown keys, ranges) and fills defaults; throws SimInputError with the reasons. */
export function parseSettings<S extends SettingsSchema>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input ?? {});
  if (!result.success) {
    const reasons = result.error.issues.map((issue) => {
      const where = issue.path.length > 0 ? `setting "${issue.path.join(".")}": ` : "";
      return `${where}${issue.message}`;
    });
    throw new SimInputError(`invalid settings: ${reasons.join("; ")}`);
  }
  return result.data;
}

export function isSettingsRecord(value: unknown): value is SettingsRecord {
  if (typeof value !== "object" || value === null) return false;
  return Object.values(value).every((v) => ["number", "boolean", "string"].includes(typeof v));
}

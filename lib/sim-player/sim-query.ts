import { z } from "zod";
import { simActionSchema, type Control, type SettingsRecord, type SettingValue, type SimAction } from "@/lib/sim";

export const MAX_SEED = 0xffffffff;

/** A seed from user input: a whole number from 0 to 4294967295, else null. */
export function parseSeed(raw: string | number | null | undefined): number | null {
  if (raw === null || raw === undefined) return null;
  const text = String(raw).trim();
  if (!/^\d+$/.test(text)) return null;
  const seed = Number(text);
  return Number.isSafeInteger(seed) && seed <= MAX_SEED ? seed : null;
}

/** One setting from a query string or a form field, checked against its control; null when invalid. */
export function parseControlValue(control: Control, raw: string): SettingValue | null {
  switch (control.kind) {
    case "slider": {
      const value = Number(raw);
      if (raw.trim() === "" || !Number.isFinite(value) || value < control.min || value > control.max) return null;
      return value;
    }
    case "switch":
      if (["true", "on", "1"].includes(raw)) return true;
      if (["false", "off", "0"].includes(raw)) return false;
      return null;
    case "select":
      return control.options.includes(raw) ? raw : null;
  }
}

type QueryRecord = Readonly<Record<string, string | readonly string[] | undefined>>;

const first = (value: string | readonly string[] | undefined): string | undefined =>
  typeof value === "string" ? value : value?.[0];

/** The most faults a link carries (each is a few dozen characters of the address). */
export const MAX_LINK_FAULTS = 50;

const faultsSchema = z.array(simActionSchema).max(MAX_LINK_FAULTS, `a link carries at most ${MAX_LINK_FAULTS} faults`);

/** `faults=[…]`: the actions a run was broken with, as JSON; `faultsError` says why none were read. */
function readFaults(raw: string | undefined): { faults: SimAction[]; faultsError: string | null } {
  if (raw === undefined) return { faults: [], faultsError: null };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { faults: [], faultsError: "they are not valid JSON" };
  }
  const parsed = faultsSchema.safeParse(json);
  if (parsed.success) return { faults: parsed.data, faultsError: null };
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? `fault ${Number(issue.path[0]) + 1}: ` : "";
  return { faults: [], faultsError: `${where}${issue?.message ?? "invalid"}` };
}

/**
 * `?seed=7&nodes=7&faults=[…]`: the seed, the settings named by the scenario's controls (invalid
 * values are left out) and the faults the run was broken with (all or none).
 */
export function readSimQuery(
  query: QueryRecord,
  controls: readonly Control[],
): { seed: number | null; settings: Record<string, SettingValue>; faults: SimAction[]; faultsError: string | null } {
  const settings: Record<string, SettingValue> = {};
  for (const control of controls) {
    const raw = first(query[control.key]);
    if (raw === undefined) continue;
    const value = parseControlValue(control, raw);
    if (value !== null) settings[control.key] = value;
  }
  return { seed: parseSeed(first(query["seed"])), settings, ...readFaults(first(query["faults"])) };
}

/**
 * The query string that reproduces a run: the seed, every setting that differs from its default,
 * and the actions the run was broken with (in the order they happen).
 */
export function simQueryString(seed: number, settings: SettingsRecord, controls: readonly Control[], actions: readonly unknown[] = []): string {
  const params = new URLSearchParams({ seed: String(seed) });
  for (const control of controls) {
    const value = settings[control.key];
    if (value !== undefined && value !== control.default) params.set(control.key, String(value));
  }
  if (actions.length > 0) params.set("faults", JSON.stringify(actions));
  return `?${params.toString()}`;
}

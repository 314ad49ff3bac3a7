import type { Control, SettingsRecord, SettingValue } from "@/lib/sim";

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

/** `?seed=7&nodes=7`: the seed and the settings named by the scenario's controls; invalid values are left out. */
export function readSimQuery(query: QueryRecord, controls: readonly Control[]): { seed: number | null; settings: Record<string, SettingValue> } {
  const settings: Record<string, SettingValue> = {};
  for (const control of controls) {
    const raw = first(query[control.key]);
    if (raw === undefined) continue;
    const value = parseControlValue(control, raw);
    if (value !== null) settings[control.key] = value;
  }
  return { seed: parseSeed(first(query["seed"])), settings };
}

/** The query string that reproduces a run: the seed, then every setting that differs from its default. */
export function simQueryString(seed: number, settings: SettingsRecord, controls: readonly Control[]): string {
  const params = new URLSearchParams({ seed: String(seed) });
  for (const control of controls) {
    const value = settings[control.key];
    if (value !== undefined && value !== control.default) params.set(control.key, String(value));
  }
  return `?${params.toString()}`;
}

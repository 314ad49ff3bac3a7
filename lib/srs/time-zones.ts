/**
 * The IANA time zones a user may pick: the runtime's list (which leaves out "UTC"),
 * plus UTC and any zone given in `extra` (say, a saved or browser-reported alias).
 */
export function timeZoneChoices(extra: readonly string[] = []): string[] {
  return [...new Set(["UTC", ...Intl.supportedValuesOf("timeZone"), ...extra])].sort((a, b) => a.localeCompare(b));
}

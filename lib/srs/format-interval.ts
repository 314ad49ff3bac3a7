const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

function trimmed(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}

/**
 * A short interval label as Anki prints it on answer buttons: seconds and days are
 * whole, minutes, hours, months and years keep one decimal ("10m", "1d", "3.2mo").
 */
export function formatInterval(ms: number): string {
  const span = Math.max(0, ms);
  if (span < MINUTE) return `${Math.round(span / SECOND)}s`;
  if (span < HOUR) return `${trimmed(span / MINUTE)}m`;
  if (span < DAY) return `${trimmed(span / HOUR)}h`;
  if (span < MONTH) return `${Math.round(span / DAY)}d`;
  if (span < YEAR) return `${trimmed(span / MONTH)}mo`;
  return `${trimmed(span / YEAR)}y`;
}

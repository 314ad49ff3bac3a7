/** 95 000 ms → "1:35". */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, "0")}`;
}

/** 0.734 → "73 %". */
export function formatPercent(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}

/** A round upper bound for a bar chart's axis (1, 2, 5 × 10ⁿ), at least 1. */
export function niceMax(value: number): number {
  if (value <= 1) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * magnitude >= value) return step * magnitude;
  return 10 * magnitude;
}

export function percent(rate: number): string {
  return `${Math.round(rate * 100)}%`;
}

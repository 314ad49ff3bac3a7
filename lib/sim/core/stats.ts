/**
 * A log-bucketed latency histogram as plain data (cheap to clone into snapshots).
 * Bucket i > 0 holds values in [GROWTH^(i-1), GROWTH^i); quantiles are accurate to ~4 %.
 */
export interface Histogram {
  counts: number[];
  n: number;
  sum: number;
  max: number;
}

const GROWTH = 1.04;
const LOG_GROWTH = Math.log(GROWTH);

export function createHistogram(): Histogram {
  return { counts: [], n: 0, sum: 0, max: 0 };
}

export function record(h: Histogram, value: number): void {
  const bucket = value < 1 ? 0 : 1 + Math.floor(Math.log(value) / LOG_GROWTH);
  while (h.counts.length <= bucket) h.counts.push(0);
  h.counts[bucket] = (h.counts[bucket] ?? 0) + 1;
  h.n += 1;
  h.sum += value;
  if (value > h.max) h.max = value;
}

/** The q-quantile (0..1), reported as its bucket's upper bound capped by the max seen; 0 if empty. */
export function quantile(h: Histogram, q: number): number {
  if (h.n === 0) return 0;
  const rank = Math.ceil(q * h.n);
  let seen = 0;
  for (let i = 0; i < h.counts.length; i++) {
    seen += h.counts[i] ?? 0;
    if (seen >= rank) return Math.min(h.max, i === 0 ? 1 : GROWTH ** i);
  }
  return h.max;
}

export const histogramMean = (h: Histogram): number => (h.n === 0 ? 0 : h.sum / h.n);

export function mean(values: readonly number[]): number {
  if (values.length === 0) return 0;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** Population standard deviation. */
export function stddev(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const m = mean(values);
  let sq = 0;
  for (const v of values) sq += (v - m) ** 2;
  return Math.sqrt(sq / values.length);
}

/** Rounds for display in metrics (keeps runs comparable without float noise). */
export const round = (value: number, digits = 2): number => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};

export const ratio = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);

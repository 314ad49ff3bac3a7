import { SrsError } from "../errors";

/** A prediction with the features srs-benchmark bins RMSE by. */
export interface BinnedPrediction {
  y: 0 | 1;
  p: number;
  deltaDays: number;
  i: number;
  lapses: number;
}

const EPSILON = 1e-15;

function assertSameLength(y: ArrayLike<number>, p: ArrayLike<number>): void {
  if (y.length !== p.length) throw new SrsError(`${y.length} labels but ${p.length} predictions`);
  if (y.length === 0) throw new SrsError("no predictions to score");
}

/** Mean binary cross-entropy (natural log), predictions clipped to [1e-15, 1 - 1e-15]. */
export function logLoss(y: ArrayLike<number>, p: ArrayLike<number>): number {
  assertSameLength(y, p);
  let sum = 0;
  for (let k = 0; k < y.length; k += 1) {
    const q = Math.min(1 - EPSILON, Math.max(EPSILON, p[k] ?? 0));
    sum -= (y[k] ?? 0) === 1 ? Math.log(q) : Math.log(1 - q);
  }
  return sum / y.length;
}

/**
 * Area under the ROC curve (Mann–Whitney, ties counted half); null when only one
 * class is present.
 */
export function auc(y: ArrayLike<number>, p: ArrayLike<number>): number | null {
  assertSameLength(y, p);
  const order = Array.from({ length: y.length }, (_, k) => k).sort((a, b) => (p[a] ?? 0) - (p[b] ?? 0));
  let positives = 0;
  let rankSum = 0;
  for (let start = 0; start < order.length; ) {
    let end = start;
    const value = p[order[start] ?? 0] ?? 0;
    while (end < order.length && (p[order[end] ?? 0] ?? 0) === value) end += 1;
    const averageRank = (start + 1 + end) / 2; // ranks start..end-1, 1-based
    for (let k = start; k < end; k += 1) {
      if ((y[order[k] ?? 0] ?? 0) === 1) {
        positives += 1;
        rankSum += averageRank;
      }
    }
    start = end;
  }
  const negatives = y.length - positives;
  if (positives === 0 || negatives === 0) return null;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

function logBin(x: number, scale: number, base: number): number {
  return scale * base ** Math.floor(Math.log(x) / Math.log(base));
}

function round(x: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(x * factor) / factor;
}

/** srs-benchmark's bin of a prediction: log-spaced interval, review count and lapse count. */
export function binKey(prediction: Pick<BinnedPrediction, "deltaDays" | "i" | "lapses">): string {
  const delta = round(logBin(Math.max(prediction.deltaDays, 1e-6), 2.48, 3.62), 2);
  const i = round(logBin(prediction.i, 1.99, 1.89), 0);
  const lapses = prediction.lapses === 0 ? 0 : round(logBin(prediction.lapses, 1.65, 1.73), 0);
  return `${delta}|${i}|${lapses}`;
}

/**
 * RMSE (bins): predictions grouped by `binKey`, then the root mean squared gap between
 * each bin's mean prediction and its recall rate, weighted by the bin's size.
 */
export function rmseBins(predictions: readonly BinnedPrediction[]): number {
  if (predictions.length === 0) throw new SrsError("no predictions to score");
  const bins = new Map<string, { n: number; y: number; p: number }>();
  for (const prediction of predictions) {
    const key = binKey(prediction);
    const bin = bins.get(key) ?? { n: 0, y: 0, p: 0 };
    bin.n += 1;
    bin.y += prediction.y;
    bin.p += prediction.p;
    bins.set(key, bin);
  }
  let squared = 0;
  for (const bin of bins.values()) squared += bin.n * ((bin.y - bin.p) / bin.n) ** 2;
  return Math.sqrt(squared / predictions.length);
}

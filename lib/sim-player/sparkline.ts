import type { MetricSample } from "@/lib/sim";

export interface Sparkline {
  /** `points` for an SVG polyline, empty when there are fewer than two samples. */
  readonly points: string;
  readonly min: number;
  readonly max: number;
}

/**
 * A small chart of one metric over the samples taken up to `until` (the series may run past the
 * current moment after a seek backwards), thinned to at most `maxPoints` points.
 */
export function sparkline(
  samples: readonly MetricSample[],
  key: string,
  until: number,
  width: number,
  height: number,
  maxPoints = 60,
): Sparkline {
  let count = 0;
  while (count < samples.length && (samples[count]?.t ?? Infinity) <= until) count++;
  const stride = Math.max(1, Math.ceil(count / maxPoints));
  const picked: { t: number; v: number }[] = [];
  for (let i = 0; i < count; i += stride) {
    const s = samples[i];
    const v = s?.values[key];
    if (s !== undefined && v !== undefined && Number.isFinite(v)) picked.push({ t: s.t, v });
  }
  // Always end on the latest sample, so the line reaches "now".
  const last = samples[count - 1];
  const lastValue = last?.values[key];
  if (last !== undefined && lastValue !== undefined && Number.isFinite(lastValue) && picked[picked.length - 1]?.t !== last.t) {
    picked.push({ t: last.t, v: lastValue });
  }
  if (picked.length < 2) return { points: "", min: picked[0]?.v ?? 0, max: picked[0]?.v ?? 0 };
  const values = picked.map((p) => p.v);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const t0 = picked[0]?.t ?? 0;
  const tSpan = (picked[picked.length - 1]?.t ?? t0) - t0 || 1;
  const vSpan = max - min;
  const round = (n: number) => Math.round(n * 10) / 10;
  const points = picked
    .map((p) => {
      const x = ((p.t - t0) / tSpan) * width;
      // A flat series sits in the middle; otherwise the top is the max (1px inset for the stroke).
      const y = vSpan === 0 ? height / 2 : 1 + (1 - (p.v - min) / vSpan) * (height - 2);
      return `${round(x)},${round(y)}`;
    })
    .join(" ");
  return { points, min, max };
}

import type { Rng } from "./prng";

/** A delay distribution in milliseconds: for links and for work done inside a node. */
export type LatencyDist =
  | { readonly kind: "constant"; readonly ms: number }
  | { readonly kind: "uniform"; readonly minMs: number; readonly maxMs: number }
  | { readonly kind: "normal"; readonly meanMs: number; readonly sdMs: number }
  | { readonly kind: "lognormal"; readonly medianMs: number; readonly p99Ms: number }
  | {
      readonly kind: "slow-tail";
      readonly base: LatencyDist;
      readonly slowProbability: number;
      readonly slow: LatencyDist;
    };

const Z_99 = 2.3263478740408408;

export const constant = (ms: number): LatencyDist => ({ kind: "constant", ms });
export const uniform = (minMs: number, maxMs: number): LatencyDist => ({ kind: "uniform", minMs, maxMs });
export const normal = (meanMs: number, sdMs: number): LatencyDist => ({ kind: "normal", meanMs, sdMs });
/** Lognormal given its median and 99th percentile: a long right tail, as real latencies have. */
export const lognormal = (medianMs: number, p99Ms: number): LatencyDist => ({
  kind: "lognormal",
  medianMs,
  p99Ms,
});
/** `base` most of the time, `slow` with probability `slowProbability`. */
export const withSlowTail = (base: LatencyDist, slowProbability: number, slow: LatencyDist): LatencyDist => ({
  kind: "slow-tail",
  base,
  slowProbability,
  slow,
});

/** Draws one delay (never negative). */
export function sampleLatency(dist: LatencyDist, rng: Rng): number {
  switch (dist.kind) {
    case "constant":
      return dist.ms;
    case "uniform":
      return rng.uniform(dist.minMs, dist.maxMs);
    case "normal":
      return Math.max(0, rng.normal(dist.meanMs, dist.sdMs));
    case "lognormal": {
      const sigma = Math.log(Math.max(dist.p99Ms, dist.medianMs) / dist.medianMs) / Z_99;
      return dist.medianMs * Math.exp(rng.normal(0, sigma));
    }
    case "slow-tail":
      return sampleLatency(rng.chance(dist.slowProbability) ? dist.slow : dist.base, rng);
  }
}

import { createRng } from "@/lib/sim";

/** The project's seeded PRNG (sfc32) as a plain function, so property tests replay exactly. */
export function prng(seed: number): () => number {
  const rng = createRng(seed);
  return () => rng.next();
}

export function pickInt(next: () => number, min: number, max: number): number {
  return min + Math.floor(next() * (max - min + 1));
}

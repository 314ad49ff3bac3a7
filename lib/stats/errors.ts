/** A statistics input that cannot be honoured (a bad day key, a negative count, …). */
export class StatsError extends Error {
  override name = "StatsError";
}

/** A scheduling-core input that cannot be honoured (bad state, day key, params, …). */
export class SrsError extends Error {
  override name = "SrsError";
}

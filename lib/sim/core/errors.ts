/** A scenario id, setting, action or option that the simulator does not accept. */
export class SimInputError extends Error {
  override name = "SimInputError";
}

/** A scenario broke an engine rule (e.g. scheduled something in the past). */
export class SimModelError extends Error {
  override name = "SimModelError";
}

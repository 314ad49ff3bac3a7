// Scheduler evaluation and parameter fitting. Server and CLI only: the optimizer is
// a native module (keep it out of client bundles; import "@/lib/srs" there instead).
export * from "./dataset";
export * from "./metrics";
export * from "./fsrs-model";
export * from "./sm2-model";
export * from "./evaluate";
export * from "./optimize";

// Stands in for "server-only" under vitest, which imports server modules outside React's server build.
export {};

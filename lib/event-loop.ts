/**
 * Lets timers and I/O run before continuing. The SQLite driver is synchronous and every
 * query resolves as a microtask, so a long run of queries (an import, a whole history)
 * would otherwise hold the server's event loop until it ends.
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

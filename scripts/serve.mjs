// Production server: Next's request handler behind a plain Node HTTP server, so every
// request gets one structured log line (route, status, duration) whatever it hits.
import { createServer } from "node:http";
import next from "next";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? "0.0.0.0";
const level = process.env.LOG_LEVEL ?? "info";
const quiet = level === "silent" || level === "error" || level === "warn";

const app = next({ dev: false, hostname: "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();

// The requested path for protected pages (their sign-in redirect comes back to it), set here
// rather than by proxy.ts, which Next then skips (see its matcher). Always overwritten: what a
// client sends is never trusted, and the path is checked again before any redirect uses it.
const REQUEST_PATH_HEADER = "x-quorum-path"; // lib/auth/session.ts

/** The path and query asked for, without Next's internal `_rsc` cache-buster (as proxy.ts sees it). */
function requestedPath(url) {
  const parsed = new URL(url ?? "/", "http://localhost");
  parsed.searchParams.delete("_rsc");
  return parsed.pathname + parsed.search;
}

const server = createServer((req, res) => {
  const started = process.hrtime.bigint();
  req.headers[REQUEST_PATH_HEADER] = requestedPath(req.url);
  res.on("finish", () => {
    const path = (req.url ?? "/").split("?")[0];
    if (quiet || (level !== "debug" && path.startsWith("/_next/static"))) return;
    const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
    process.stdout.write(
      `${JSON.stringify({ time: new Date().toISOString(), level: "info", msg: "request", method: req.method, route: path, status: res.statusCode, durationMs: Math.round(durationMs * 10) / 10 })}\n`,
    );
  });
  handle(req, res).catch((error) => {
    console.error(JSON.stringify({ level: "error", msg: "unhandled", error: String(error?.stack ?? error) }));
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
});

server.listen(port, hostname, () => {
  console.log(`Quorum is running at http://localhost:${port}`);
});

// Stop taking connections, let requests in progress finish, and drop idle keep-alive sockets
// (which would otherwise hold the process open until their clients leave).
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
  });
}

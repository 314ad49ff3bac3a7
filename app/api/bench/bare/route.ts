export const dynamic = "force-dynamic";

/**
 * The benchmarks' baseline (npm run bench): the cheapest request the app can serve — no
 * session, no database. Absent (404) unless the server was started with QUORUM_BENCH=1, which
 * only bench/run.ts does; read here rather than in lib/env because nothing else may depend on it.
 */
export function GET() {
  if (process.env.QUORUM_BENCH !== "1") return new Response("Not found", { status: 404 });
  return Response.json({ ok: true, at: Date.now() }, { headers: { "cache-control": "no-store" } });
}

import { notFound } from "next/navigation";

export const dynamic = "force-dynamic";

/**
 * The benchmarks' page baseline (npm run bench): the cheapest server-rendered page the app can
 * serve — the root layout and one paragraph, no session, no database. What it costs is Next's
 * own rendering of any dynamic page, the ceiling for the Today page's ratio. A 404 unless the
 * server was started with QUORUM_BENCH=1 (see app/api/bench/bare).
 */
export default function EmptyBenchPage() {
  if (process.env.QUORUM_BENCH !== "1") notFound();
  return <p data-testid="empty-page">Rendered at {new Date().toISOString()}</p>;
}

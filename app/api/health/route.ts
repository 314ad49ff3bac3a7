import { databaseReachable } from "@/lib/data/health";
import { databaseProvider, env } from "@/lib/env";
import { appVersion } from "@/lib/version";

export const dynamic = "force-dynamic";

export async function GET() {
  const ok = await databaseReachable();
  return Response.json(
    {
      status: ok ? "ok" : "unavailable",
      version: appVersion(),
      database: { provider: databaseProvider(env().DATABASE_URL), reachable: ok },
    },
    { status: ok ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}

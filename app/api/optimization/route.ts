import { latestOptimization } from "@/lib/data/optimizations";
import { sessionUserId } from "@/lib/http";

export const dynamic = "force-dynamic";

/** The signed-in user's latest parameter fit (polled by the settings page while it runs). */
export async function GET() {
  const userId = await sessionUserId();
  if (userId instanceof Response) return userId;
  const optimization = await latestOptimization(userId, new Date());
  return Response.json({ optimization }, { headers: { "cache-control": "no-store" } });
}

import { jsonError, parseJsonBody, sessionUserId } from "@/lib/http";
import { cardActionRequestSchema } from "@/lib/study/review-requests";
import { cardActionForUser } from "@/lib/study/review-service";
import { toWire } from "@/lib/study/wire";

export const dynamic = "force-dynamic";

/** Suspends, unsuspends, buries (until the next study day) or unburies one card. */
export async function POST(request: Request) {
  const userId = await sessionUserId();
  if (userId instanceof Response) return userId;
  const body = await parseJsonBody(request, cardActionRequestSchema);
  if (body instanceof Response) return body;
  const result = await cardActionForUser(userId, body, new Date());
  if (result === "unknown-card") return jsonError(404, "unknown-card", "This card is no longer in the library.");
  return Response.json({ status: "ok", state: toWire(result.state), version: result.version }, { headers: { "cache-control": "no-store" } });
}

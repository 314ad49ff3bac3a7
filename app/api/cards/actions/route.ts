import { jsonError, parseJsonBody, sessionUserId } from "@/lib/http";
import { cardActionRequestSchema } from "@/lib/study/review-requests";
import { cardActionForUser } from "@/lib/study/review-service";

export const dynamic = "force-dynamic";

/** Suspends, unsuspends or buries (until the next study day) one card. */
export async function POST(request: Request) {
  const userId = await sessionUserId();
  if (userId instanceof Response) return userId;
  const body = await parseJsonBody(request, cardActionRequestSchema);
  if (body instanceof Response) return body;
  const result = await cardActionForUser(userId, body, new Date());
  if (result === "unknown-card") return jsonError(404, "unknown-card", "This card is no longer in the library.");
  return Response.json({ status: "ok" });
}

import { jsonError, parseJsonBody, sessionUserId } from "@/lib/http";
import { answerRequestSchema } from "@/lib/study/review-requests";
import { answerForUser } from "@/lib/study/review-service";
import { toWire } from "@/lib/study/wire";

export const dynamic = "force-dynamic";

/** Answers a card. Idempotent per idempotencyKey; 409 when another tab answered first. */
export async function POST(request: Request) {
  const userId = await sessionUserId();
  if (userId instanceof Response) return userId;
  const body = await parseJsonBody(request, answerRequestSchema);
  if (body instanceof Response) return body;
  const result = await answerForUser(userId, body, new Date());
  switch (result.status) {
    case "unknown-card":
      return jsonError(404, "unknown-card", "This card is no longer in the library.");
    case "conflict":
      return jsonError(409, "already-answered", "This card was already answered (in another tab or device).", {
        state: result.state ? toWire(result.state) : null,
        version: result.version,
      });
    default:
      return Response.json(
        { status: result.status, state: result.state ? toWire(result.state) : null, version: result.version },
        { headers: { "cache-control": "no-store" } },
      );
  }
}

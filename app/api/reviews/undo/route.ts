import { jsonError, parseJsonBody, sessionUserId } from "@/lib/http";
import { undoRequestSchema } from "@/lib/study/review-requests";
import { undoForUser } from "@/lib/study/review-service";
import { toWire } from "@/lib/study/wire";

export const dynamic = "force-dynamic";

/** Undoes an answer: restores the card's previous state exactly and deletes the log entry. */
export async function POST(request: Request) {
  const userId = await sessionUserId();
  if (userId instanceof Response) return userId;
  const body = await parseJsonBody(request, undoRequestSchema);
  if (body instanceof Response) return body;
  const result = await undoForUser(userId, body.idempotencyKey);
  if (result.status === "not-found") return jsonError(404, "not-found", "There is no such answer to undo.");
  if (result.status === "superseded") return jsonError(409, "superseded", "The card was answered again since; undo that answer first.");
  return Response.json({ status: "undone", cardId: result.cardId, state: result.state ? toWire(result.state) : null, version: result.version });
}

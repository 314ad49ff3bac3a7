import { jsonError, sessionUserId } from "@/lib/http";
import { IMPORT_MAX_BYTES, ImportTooLargeError, importRevlogStream } from "@/lib/study/history-import";

export const dynamic = "force-dynamic";

/**
 * Imports a revlog CSV (the request body, Content-Type text/csv) into the signed-in user's
 * history, parsing it as it streams in. Answers with the summary of rows added and refused.
 */
export async function POST(request: Request) {
  const userId = await sessionUserId();
  if (userId instanceof Response) return userId;
  // A cross-site form cannot send text/csv without a preflight, so this also guards against CSRF.
  if (!(request.headers.get("content-type") ?? "").toLowerCase().startsWith("text/csv")) {
    return jsonError(415, "unsupported-type", "Send the file as text/csv.");
  }
  if (Number(request.headers.get("content-length") ?? 0) > IMPORT_MAX_BYTES) {
    return jsonError(413, "too-large", `The file is larger than ${IMPORT_MAX_BYTES / 1024 / 1024} MB.`);
  }
  if (!request.body) return jsonError(400, "empty", "The file is empty.");
  try {
    const summary = await importRevlogStream(userId, request.body, { now: new Date() });
    return Response.json(summary, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    if (error instanceof ImportTooLargeError) return jsonError(413, "too-large", error.message);
    throw error;
  }
}

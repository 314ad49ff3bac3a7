import "server-only";
import type { z } from "zod";
import { sessionUserIdOrNull } from "@/lib/auth/session";

/** JSON error bodies, one shape everywhere: { error, message, fieldErrors? }. */
export function jsonError(status: number, error: string, message: string, extra: Record<string, unknown> = {}): Response {
  return Response.json({ error, message, ...extra }, { status, headers: { "cache-control": "no-store" } });
}

/** The signed-in user's id from the session cookie (no database read), or a 401 response. */
export async function sessionUserId(): Promise<string | Response> {
  const id = await sessionUserIdOrNull();
  return id ?? jsonError(401, "unauthenticated", "Sign in to continue.");
}

/** Parses a JSON request body with a zod schema, or returns the 400 response to send. */
export async function parseJsonBody<T extends z.ZodType>(request: Request, schema: T): Promise<z.infer<T> | Response> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return jsonError(400, "invalid-json", "The request body is not valid JSON.");
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[issue.path.join(".") || "body"] ??= issue.message;
    return jsonError(400, "invalid-request", "The request has invalid fields.", { fieldErrors });
  }
  return parsed.data;
}

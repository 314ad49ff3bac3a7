import { contentDir } from "@/lib/data/library";
import { contentEventStream } from "@/lib/dev/content-events";

// Development only: tells open pages that a note changed, so they refresh (see
// components/dev/content-reload.tsx). Production content is fixed at build time.
export function GET(request: Request): Response {
  if (process.env.NODE_ENV === "production") return new Response("Not found", { status: 404 });
  return new Response(contentEventStream(contentDir(), request.signal), {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    },
  });
}

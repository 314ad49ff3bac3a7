import { NextResponse, type NextRequest } from "next/server";

// Passes the requested path to server components, so a protected page can send a signed-out
// visitor to sign-in and back. Authorisation itself happens in the pages and actions.
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set("x-quorum-path", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.next({ request: { headers } });
}

// The production server (scripts/serve.mjs) sets this header itself, so there Next skips the
// proxy: invoking it cost every page ~1.5 ms (a quarter of an empty page's time). It still runs
// under `next dev` and `next start`, which do not.
export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|api/).*)", missing: [{ type: "header", key: "x-quorum-path" }] }],
};

import { NextResponse, type NextRequest } from "next/server";

// Passes the requested path to server components, so a protected page can send a signed-out
// visitor to sign-in and back. Authorisation itself happens in the pages and actions.
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set("x-quorum-path", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/).*)"],
};

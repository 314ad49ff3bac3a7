// Signs a user in through Auth.js's credentials endpoint, as the sign-in form's POST does,
// and returns the session cookie to send with benchmark requests.
import { z } from "zod";

const csrfSchema = z.object({ csrfToken: z.string().min(1) });

function cookiesFrom(res: Response): string[] {
  return res.headers.getSetCookie().map((c) => c.split(";")[0] ?? "").filter(Boolean);
}

export async function signInCookie(origin: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${origin}/api/auth/csrf`);
  const { csrfToken } = csrfSchema.parse(await csrf.json());
  const res = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookiesFrom(csrf).join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${origin}/today` }),
  });
  const session = cookiesFrom(res).find((c) => /^(__Secure-)?authjs\.session-token=/.test(c));
  if (!session) throw new Error(`sign-in failed for ${email}: HTTP ${res.status} ${res.headers.get("location") ?? ""}`);
  return session;
}

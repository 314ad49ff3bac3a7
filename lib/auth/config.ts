import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import { env } from "@/lib/env";
import { failedSignInTimes, findUserCredentials } from "@/lib/data/users";
import { recordSignInAttempt, upsertOAuthUser } from "@/lib/db/users";
import { burnVerification, verifyPassword } from "./password";
import { signedInAtOf } from "./revocation";
import { throttleDecision, WINDOW_MS } from "./throttle";
import { signInSchema } from "./validation";

/** Raised by authorize() when an email has too many recent failures. */
export class ThrottledSignIn extends CredentialsSignin {
  override code = "throttled";
}

const config = env();
const githubEnabled = Boolean(config.AUTH_GITHUB_ID && config.AUTH_GITHUB_SECRET);

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: config.AUTH_SECRET,
  trustHost: true,
  // JWT sessions in a signed, encrypted cookie: they survive restarts and need no shared memory
  // between instances (password sign-in cannot use database sessions in Auth.js).
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  logger: {
    error: (error) => {
      if (error instanceof CredentialsSignin) return; // expected: wrong password or throttled
      console.error(JSON.stringify({ level: "error", msg: "auth", error: error.message }));
    },
  },
  providers: [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
      async authorize(raw) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const now = new Date();
        const failures = await failedSignInTimes(email, new Date(now.getTime() - WINDOW_MS));
        if (!throttleDecision(failures, now).allowed) throw new ThrottledSignIn();
        const user = await findUserCredentials(email);
        let ok = false;
        if (user?.passwordHash) ok = await verifyPassword(user.passwordHash, password);
        else await burnVerification(password);
        await recordSignInAttempt({ email, userId: user?.id ?? null, success: ok, at: now });
        return ok && user ? { id: user.id, email: user.email, name: user.name } : null;
      },
    }),
    ...(githubEnabled ? [GitHub({ clientId: config.AUTH_GITHUB_ID, clientSecret: config.AUTH_GITHUB_SECRET })] : []),
  ],
  callbacks: {
    async jwt({ token, user, account, profile }) {
      if (account?.provider === "github" && profile) {
        const email = typeof profile.email === "string" ? profile.email.toLowerCase() : null;
        if (!email) throw new Error("GitHub did not share an email address");
        const linked = await upsertOAuthUser({
          provider: "github",
          providerAccountId: account.providerAccountId,
          email,
          name: typeof profile.name === "string" && profile.name ? profile.name : email,
        });
        token.sub = linked.id;
        token.name = linked.name;
        token.email = linked.email;
        token.signedInAt = Date.now();
      } else if (user?.id) {
        token.sub = user.id;
        // Set at sign-in only and carried by every refresh of the cookie: a password change
        // revokes the sessions signed in before it (lib/auth/revocation.ts).
        token.signedInAt = Date.now();
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.signedInAt = signedInAtOf(token);
      return session;
    },
  },
});

export const isGithubEnabled = githubEnabled;

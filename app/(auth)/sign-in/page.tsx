import { redirect } from "next/navigation";
import { isGithubEnabled, signIn } from "@/lib/auth/config";
import { currentUser } from "@/lib/auth/session";
import { safeCallbackPath } from "@/lib/auth/validation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { buttonClass } from "@/components/ui/button";

export const metadata = { title: "Sign in" };

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function SignInPage({ searchParams }: { searchParams: Search }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(params.callbackUrl);
  if (await currentUser()) redirect(callbackUrl);
  return (
    <div className="space-y-5">
      <div className="space-y-1">
        <h1 className="text-xl font-bold tracking-tight">Sign in</h1>
        {params.accountDeleted ? (
          <p role="status" className="text-sm text-zinc-600 dark:text-zinc-400">
            Your account and all its data were deleted.
          </p>
        ) : params.signedOut ? (
          <p role="status" className="text-sm text-zinc-600 dark:text-zinc-400">
            {params.signedOut === "everywhere" ? "You are signed out on every browser and device." : "You are signed out."}
          </p>
        ) : params.callbackUrl ? (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">Sign in to continue.</p>
        ) : null}
      </div>
      {isGithubEnabled ? (
        <form
          action={async () => {
            "use server";
            await signIn("github", { redirectTo: callbackUrl });
          }}
        >
          <button type="submit" className={buttonClass("secondary", "w-full")}>
            Continue with GitHub
          </button>
          <p className="mt-4 text-center text-xs uppercase tracking-wide text-zinc-500 dark:text-zinc-400">or with email</p>
        </form>
      ) : null}
      <SignInForm callbackUrl={callbackUrl} />
    </div>
  );
}

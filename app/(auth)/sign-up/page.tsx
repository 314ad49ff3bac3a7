import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/session";
import { safeCallbackPath } from "@/lib/auth/validation";
import { SignUpForm } from "@/components/auth/sign-up-form";

export const metadata = { title: "Create your account" };

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function SignUpPage({ searchParams }: { searchParams: Search }) {
  const callbackUrl = safeCallbackPath((await searchParams).callbackUrl);
  if (await currentUser()) redirect(callbackUrl);
  return (
    <div className="space-y-5">
      <div className="space-y-1">
        <h1 className="text-xl font-bold tracking-tight">Create your account</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">Fifteen minutes a day until distributed systems questions feel easy.</p>
      </div>
      <SignUpForm callbackUrl={callbackUrl} />
    </div>
  );
}

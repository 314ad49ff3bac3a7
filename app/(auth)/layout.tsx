import Link from "next/link";
import { ForgetOfflinePage } from "@/components/shell/service-worker";

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <main id="main" className="flex min-h-dvh items-center justify-center bg-zinc-50 px-4 py-10 dark:bg-zinc-950">
      <ForgetOfflinePage />
      <div className="w-full max-w-sm space-y-6">
        <Link href="/" className="flex items-center justify-center gap-2 text-lg font-bold tracking-tight">
          <span aria-hidden className="grid h-8 w-8 place-items-center rounded-md bg-brand-600 text-white">
            Q
          </span>
          Quorum
        </Link>
        <div className="rounded-xl border border-zinc-200 bg-white p-6 shadow-sm dark:border-zinc-800 dark:bg-zinc-900">{children}</div>
      </div>
    </main>
  );
}

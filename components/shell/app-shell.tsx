import Link from "next/link";
import { signOutAction } from "@/lib/actions/sign-out";
import { mainNav } from "@/lib/navigation";
import type { UserSummary } from "@/lib/data/users";
import { HeaderLink, NavLinks } from "./nav-links";
import { ContentReload } from "@/components/dev/content-reload";
import { ServiceWorker } from "./service-worker";

export function AppShell({ user, children }: { user: UserSummary; children: React.ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="sticky top-0 z-30 border-b border-zinc-200 bg-white/90 backdrop-blur dark:border-zinc-800 dark:bg-zinc-950/90">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-1 px-4 py-2">
          <Link href="/today" className="flex items-center gap-2 font-bold tracking-tight">
            <span aria-hidden className="grid h-7 w-7 place-items-center rounded-md bg-brand-600 text-sm text-white">
              Q
            </span>
            Quorum
          </Link>
          <nav aria-label="Main" className="order-last w-full sm:order-none sm:w-auto sm:flex-1">
            <NavLinks items={mainNav} />
          </nav>
          <div className="ml-auto flex items-center gap-2 text-sm">
            <span className="max-w-[12rem] truncate text-zinc-600 dark:text-zinc-300" data-testid="user-name" title={user.email}>
              {user.name}
            </span>
            <HeaderLink
              href="/settings"
              className="rounded-md px-3 py-2 font-medium text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-700 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:aria-[current=page]:bg-brand-700/30 dark:aria-[current=page]:text-brand-100"
            >
              Settings
            </HeaderLink>
            <form action={signOutAction}>
              <button
                type="submit"
                className="rounded-md px-3 py-2 font-medium text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 dark:text-zinc-300 dark:hover:bg-zinc-800"
              >
                Sign out
              </button>
            </form>
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:py-8">
        {children}
      </main>
      {process.env.NODE_ENV === "development" ? <ContentReload /> : <ServiceWorker />}
    </div>
  );
}

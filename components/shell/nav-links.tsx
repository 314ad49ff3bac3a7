"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { NavItem } from "@/lib/navigation";

/** Whether `href` is the page shown, or a page under it. */
function isCurrent(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`);
}

/** A header link that says when it is the page shown (aria-current), like the main navigation's. */
export function HeaderLink({ href, className, children }: { href: string; className: string; children: React.ReactNode }) {
  const pathname = usePathname();
  return (
    <Link href={href} aria-current={isCurrent(pathname, href) ? "page" : undefined} className={className}>
      {children}
    </Link>
  );
}

export function NavLinks({ items }: { items: readonly NavItem[] }) {
  const pathname = usePathname();
  return (
    // On a phone the links wrap onto a second row rather than scroll out of sight.
    <ul className="flex flex-wrap gap-x-1 gap-y-0.5 text-sm sm:flex-nowrap sm:overflow-x-auto">
      {items.map((item) => {
        const active = isCurrent(pathname, item.href);
        return (
          <li key={item.href} className="shrink-0">
            <Link
              href={item.href}
              aria-current={active ? "page" : undefined}
              className={`block rounded-md px-2.5 py-1.5 font-medium sm:px-3 sm:py-2 ${
                active
                  ? "bg-brand-50 text-brand-700 dark:bg-brand-700/30 dark:text-brand-100"
                  : "text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 dark:text-zinc-400 dark:hover:bg-zinc-800 dark:hover:text-zinc-100"
              }`}
            >
              {item.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

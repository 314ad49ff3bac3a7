"use client";

import Link from "next/link";
import { Button, buttonClass } from "@/components/ui/button";

export interface SegmentErrorProps {
  error: Error & { digest?: string };
  reset: () => void;
  title: string;
  /** What is still fine, in one sentence. */
  reassurance: string;
  back: { href: string; label: string };
}

/** The body of a route segment's error.tsx: what failed, what is safe, try again or go back. */
export function SegmentError({ error, reset, title, reassurance, back }: SegmentErrorProps) {
  return (
    <section role="alert" className="mx-auto max-w-xl space-y-3 py-12 text-center">
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="text-zinc-600 dark:text-zinc-400">
        {reassurance}
        {error.digest ? ` (reference ${error.digest})` : ""}
      </p>
      <div className="flex justify-center gap-3">
        <Button type="button" onClick={reset}>
          Try again
        </Button>
        <Link href={back.href} className={buttonClass("secondary")}>
          {back.label}
        </Link>
      </div>
    </section>
  );
}

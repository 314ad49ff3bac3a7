"use client";

import Link from "next/link";
import { Button, buttonClass } from "@/components/ui/button";

export default function RoundError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section role="alert" className="mx-auto max-w-xl space-y-3 py-12 text-center">
      <h1 className="text-2xl font-bold">This round could not be shown</h1>
      <p className="text-zinc-600 dark:text-zinc-400">Your answers so far are saved.{error.digest ? ` (reference ${error.digest})` : ""}</p>
      <div className="flex justify-center gap-3">
        <Button type="button" onClick={reset}>
          Try again
        </Button>
        <Link href="/interview" className={buttonClass("secondary")}>
          Back to mock interviews
        </Link>
      </div>
    </section>
  );
}

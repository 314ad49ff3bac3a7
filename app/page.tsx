import Link from "next/link";
import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/session";
import { buttonClass } from "@/components/ui/button";

const features = [
  { title: "A daily review that adapts", body: "Concept cards, trap questions and 30-second drills, scheduled for you by FSRS so you review each idea just before you would forget it." },
  { title: "Simulations you can break", body: "Run a request through a load balancer, kill a replica, partition a cluster, replay the same run with the same seed." },
  { title: "Mock interviews on the clock", body: "Answer out loud or in writing against a countdown, then grade yourself honestly against the key points." },
];

export default async function HomePage() {
  if (await currentUser()) redirect("/today");
  return (
    <main id="main" className="mx-auto flex min-h-dvh max-w-4xl flex-col justify-center gap-10 px-4 py-16">
      <div className="space-y-4">
        <p className="text-sm font-semibold uppercase tracking-wider text-brand-600 dark:text-brand-300">Quorum</p>
        <h1 className="text-4xl font-bold tracking-tight sm:text-5xl">Get interview-ready on distributed systems.</h1>
        <p className="max-w-2xl text-lg text-zinc-600 dark:text-zinc-400">
          Fifteen minutes a day of spaced repetition on CAP, quorums, consensus, retries and the failure modes interviewers love to probe.
        </p>
        <div className="flex flex-wrap gap-3">
          <Link href="/sign-up" className={buttonClass("primary")}>
            Create a free account
          </Link>
          <Link href="/sign-in" className={buttonClass("secondary")}>
            Sign in
          </Link>
        </div>
      </div>
      <ul className="grid gap-4 sm:grid-cols-3">
        {features.map((f) => (
          <li key={f.title} className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
            <h2 className="font-semibold">{f.title}</h2>
            <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{f.body}</p>
          </li>
        ))}
      </ul>
    </main>
  );
}

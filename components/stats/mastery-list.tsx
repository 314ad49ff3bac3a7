import type { TopicMastery } from "@/lib/stats";
import { percent } from "./bar-scale";

function TopicRow({ topic }: { topic: TopicMastery }) {
  const started = topic.started > 0;
  return (
    <li className="grid grid-cols-[minmax(0,8rem)_minmax(3rem,1fr)_6.5rem] items-center gap-3 text-sm" data-testid="mastery-topic" data-topic={topic.topic}>
      <span className="truncate font-medium" title={topic.topic}>
        {topic.topic}
      </span>
      <span aria-hidden className="h-2 overflow-hidden rounded-full bg-zinc-100 dark:bg-zinc-800">
        <span className="block h-full rounded-full bg-brand-500" style={{ width: percent(topic.mastery) }} />
      </span>
      <span className="text-right tabular-nums">
        <span data-testid="mastery-value" className={started ? "font-semibold" : "text-zinc-500 dark:text-zinc-400"}>
          {started ? percent(topic.mastery) : "not started"}
        </span>
        <span className="block text-xs text-zinc-500 dark:text-zinc-400">
          {topic.started}/{topic.cards} cards
        </span>
      </span>
    </li>
  );
}

/** Mean probability of recall per area and per tag (plain HTML: the numbers are always shown). */
export function MasteryList({ mastery }: { mastery: TopicMastery[] }) {
  const groups = [
    { title: "Areas", topics: mastery.filter((m) => m.kind === "area") },
    { title: "Tags", topics: mastery.filter((m) => m.kind === "tag") },
  ].filter((g) => g.topics.length > 0);
  return (
    <div className="grid gap-6 sm:grid-cols-2" data-testid="mastery">
      {groups.map(({ title, topics }) => (
        <div key={title}>
          <h3 className="mb-2 text-sm font-semibold text-zinc-600 dark:text-zinc-400">{title}</h3>
          <ul className="space-y-2">
            {topics.map((topic) => (
              <TopicRow key={`${topic.kind}:${topic.topic}`} topic={topic} />
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useOptimistic, useRef, useState, useTransition } from "react";
import { isEmptyQuery, libraryQueryString, type LibraryFacets, type LibraryQuery } from "@/lib/library";
import { buttonClass } from "@/components/ui/button";

const SEARCH_DELAY_MS = 250;

const selectClass =
  "block w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-base shadow-sm sm:text-sm dark:border-zinc-700 dark:bg-zinc-900";

interface SelectProps {
  name: keyof LibraryQuery;
  label: string;
  value: string;
  options: readonly { value: string; count: number }[];
  onChange: (value: string) => void;
}

function FacetSelect({ name, label, value, options, onChange }: SelectProps) {
  const id = `filter-${name}`;
  return (
    <div className="min-w-0 space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <select id={id} name={name} value={value} onChange={(e) => onChange(e.target.value)} className={selectClass}>
        <option value="">Any</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.value} ({o.count})
          </option>
        ))}
        {value && !options.some((o) => o.value === value) ? <option value={value}>{value} (0)</option> : null}
      </select>
    </div>
  );
}

/**
 * The library's search box and filters. The URL is the state: every change becomes a
 * navigation (so links are shareable and Back works); the server filters the list.
 * Without JavaScript it is a plain GET form.
 */
export function LibraryFilters({ query, facets }: { query: LibraryQuery; facets: LibraryFacets }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [shown, setShown] = useOptimistic(query);
  const [text, setText] = useState(query.q);
  const latest = useRef(shown);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => {
    latest.current = shown;
  }, [shown]);
  useEffect(() => () => clearTimeout(timer.current), []);
  // When the URL changes while the learner is not typing (Back, a tag link, "Clear filters"),
  // the box shows the URL's search again.
  useEffect(() => {
    if (pending || timer.current !== undefined) return;
    setText((current) => (current.trim() === query.q ? current : query.q));
  }, [query.q, pending]);

  function navigate(next: LibraryQuery) {
    clearTimeout(timer.current);
    timer.current = undefined;
    startTransition(() => {
      setShown(next);
      router.push(`/library${libraryQueryString(next)}`, { scroll: false });
    });
  }

  function onSearch(value: string) {
    setText(value);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => navigate({ ...latest.current, q: value.trim() }), SEARCH_DELAY_MS);
  }

  const set = (key: keyof LibraryQuery) => (value: string) => navigate({ ...shown, q: text.trim(), [key]: value });

  return (
    <form
      role="search"
      action="/library"
      method="get"
      aria-busy={pending}
      onSubmit={(e) => {
        e.preventDefault();
        navigate({ ...shown, q: text.trim() });
      }}
      className="grid grid-cols-2 gap-3 rounded-lg border border-zinc-200 p-4 sm:grid-cols-4 lg:grid-cols-6 dark:border-zinc-800"
    >
      <div className="col-span-2 space-y-1 sm:col-span-4 lg:col-span-2">
        <label htmlFor="filter-q" className="block text-sm font-medium">
          Search
        </label>
        <div className="flex gap-2">
          <input
            id="filter-q"
            name="q"
            type="search"
            value={text}
            onChange={(e) => onSearch(e.target.value)}
            placeholder="Title, alias or tag"
            autoComplete="off"
            aria-describedby="filter-q-hint"
            className="block w-full min-w-0 rounded-md border border-zinc-300 bg-white px-3 py-2 text-base shadow-sm sm:text-sm dark:border-zinc-700 dark:bg-zinc-900"
          />
          <button type="submit" className={buttonClass("secondary", "shrink-0")}>
            Search
          </button>
        </div>
        <p id="filter-q-hint" className="sr-only">
          Results update as you type.
        </p>
      </div>
      <FacetSelect name="tag" label="Tag" value={shown.tag} options={facets.tags} onChange={set("tag")} />
      <FacetSelect name="area" label="Area" value={shown.area} options={facets.areas} onChange={set("area")} />
      <FacetSelect name="difficulty" label="Difficulty" value={shown.difficulty} options={facets.difficulties} onChange={set("difficulty")} />
      <FacetSelect name="type" label="Type" value={shown.type} options={facets.types} onChange={set("type")} />
      {!isEmptyQuery(query) ? (
        <div className="col-span-2 flex items-center sm:col-span-4 lg:col-span-6">
          <Link href="/library" className="text-sm font-medium text-brand-600 hover:underline dark:text-brand-300">
            Clear filters
          </Link>
          {pending ? (
            <span className="ml-3 text-sm text-zinc-500 dark:text-zinc-400" aria-hidden>
              Updating…
            </span>
          ) : null}
        </div>
      ) : null}
    </form>
  );
}

"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";

interface ImportSummary {
  accepted: number;
  added: number;
  alreadyPresent: number;
  rejected: number;
  errors: { row: number; message: string }[];
}

type ImportState =
  | { status: "idle" }
  | { status: "uploading"; name: string }
  | { status: "done"; name: string; summary: ImportSummary }
  | { status: "error"; message: string };

const number = new Intl.NumberFormat("en-US");

function isSummary(body: unknown): body is ImportSummary {
  return typeof body === "object" && body !== null && "accepted" in body && "errors" in body && Array.isArray(body.errors);
}

/** Uploads a revlog CSV to the import route and shows what was added and what was refused. */
export function HistoryImport({ maxBytes }: { maxBytes: number }) {
  const router = useRouter();
  const [state, setState] = useState<ImportState>({ status: "idle" });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = event.currentTarget.elements.namedItem("file");
    const file = input instanceof HTMLInputElement ? input.files?.[0] : undefined;
    if (!file) return setState({ status: "error", message: "Choose a CSV file to import." });
    if (file.size > maxBytes) {
      return setState({ status: "error", message: `This file is ${number.format(Math.ceil(file.size / 1024 / 1024))} MB; the limit is ${maxBytes / 1024 / 1024} MB.` });
    }
    setState({ status: "uploading", name: file.name });
    try {
      const response = await fetch("/api/history/import", { method: "POST", headers: { "content-type": "text/csv" }, body: file });
      const body: unknown = await response.json().catch(() => null);
      if (response.ok && isSummary(body)) {
        setState({ status: "done", name: file.name, summary: body });
        router.refresh(); // the review count (and the optimize button) follow the import
      } else {
        const message = typeof body === "object" && body !== null && "message" in body && typeof body.message === "string" ? body.message : "The import failed.";
        setState({ status: "error", message });
      }
    } catch {
      setState({ status: "error", message: "The server could not be reached: nothing was imported. Try again." });
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} className="space-y-3" data-testid="history-import">
      <div className="space-y-1">
        <label htmlFor="history-file" className="block text-sm font-medium">
          Review history CSV
        </label>
        <input
          id="history-file"
          name="file"
          type="file"
          accept=".csv,text/csv"
          aria-describedby="history-file-hint"
          className="block w-full text-sm file:mr-3 file:rounded-md file:border file:border-zinc-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-semibold dark:file:border-zinc-700 dark:file:bg-zinc-900"
        />
        <p id="history-file-hint" className="text-xs text-zinc-500 dark:text-zinc-400">
          Columns review_time, card_id, review_rating, review_duration, review_state (times in epoch ms), up to {maxBytes / 1024 / 1024} MB.
          Importing the same file again adds nothing.
        </p>
      </div>
      <Button type="submit" variant="secondary" disabled={state.status === "uploading"}>
        {state.status === "uploading" ? "Importing…" : "Import"}
      </Button>
      <div role="status" aria-live="polite" data-testid="import-result" className="text-sm">
        {state.status === "uploading" ? <p>Importing {state.name}…</p> : null}
        {state.status === "error" ? <p className="text-red-700 dark:text-red-300">{state.message}</p> : null}
        {state.status === "done" ? (
          <div className="space-y-2">
            <p data-testid="import-summary">
              {state.name}: {number.format(state.summary.added)} added, {number.format(state.summary.alreadyPresent)} already present
              {state.summary.rejected > 0 ? `, ${number.format(state.summary.rejected)} rejected` : ""}.
            </p>
            {state.summary.errors.length > 0 ? (
              <div>
                <p className="font-medium">
                  {state.summary.rejected > state.summary.errors.length
                    ? `First ${state.summary.errors.length} of ${number.format(state.summary.rejected)} rejected rows:`
                    : "Rejected rows:"}
                </p>
                <ul className="list-disc pl-5" data-testid="import-errors">
                  {state.summary.errors.map((e) => (
                    <li key={e.row}>
                      Row {e.row}: {e.message}
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </div>
        ) : null}
      </div>
    </form>
  );
}

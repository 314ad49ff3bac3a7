import type { FormState } from "@/lib/actions/form-state";

/** The form-level message, announced to screen readers when it changes. */
export function FormMessage({ id, state }: { id: string; state: FormState }) {
  return (
    <div id={id} role="status" aria-live="polite" className="min-h-0">
      {state.status === "error" && state.message ? (
        <p className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
          {state.message}
        </p>
      ) : null}
    </div>
  );
}

/** What a form's server action returns: field errors shown in place, a message announced. */
export interface FormState<Field extends string = string> {
  status: "idle" | "error";
  message?: string;
  fieldErrors?: Partial<Record<Field, string>>;
  /** Submitted values to put back in the form (never passwords). */
  values?: Partial<Record<Field, string>>;
}

export const idleState: FormState = { status: "idle" };

export function formText(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === "string" ? value : "";
}

"use server";

import { requireUser } from "@/lib/auth/session";
import { fieldErrorsOf } from "@/lib/auth/validation";
import { getLibrary } from "@/lib/data/library";
import { saveStudySettings } from "@/lib/db/settings";
import { studyTagOptions } from "@/lib/data/study-settings";
import {
  settingsValues,
  settingsValuesFromForm,
  studySettingsFormSchema,
  type SettingsFormState,
} from "@/lib/study/settings-form";

export async function saveStudySettingsAction(_prev: SettingsFormState, data: FormData): Promise<SettingsFormState> {
  const user = await requireUser();
  const values = settingsValuesFromForm(data);
  const parsed = studySettingsFormSchema.safeParse(values);
  const fieldErrors = parsed.success ? {} : fieldErrorsOf(parsed.error);
  if (parsed.success) {
    const { areas, tags } = studyTagOptions(await getLibrary());
    const known = new Set([...areas, ...tags].map((o) => o.tag));
    const unknown = parsed.data.studyTags.filter((t) => !known.has(t));
    if (unknown.length > 0) fieldErrors.studyTags = `Not an area or tag of the library: ${unknown.join(", ")}`;
  }
  if (!parsed.success || Object.keys(fieldErrors).length > 0) {
    return { status: "error", message: "Nothing was saved: check the highlighted fields.", fieldErrors, values };
  }
  await saveStudySettings(user.id, parsed.data);
  return { status: "saved", message: "Settings saved. Today's queue follows them from now on.", values: settingsValues(parsed.data) };
}

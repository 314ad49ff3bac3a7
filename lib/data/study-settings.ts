import "server-only";
import { db, type Db } from "@/lib/db";
import { OPTIMIZATION_MIN_REVIEWS } from "@/lib/db/optimizations";
import type { StudySettings } from "@/lib/srs";
import { countReviews } from "./history";
import type { LibraryIndex } from "./library";
import { latestOptimization, type OptimizationView } from "./optimizations";
import { getStudyProfile } from "./study";

export interface TagOption {
  tag: string;
  /** Notes of the library the tag (or area) selects. */
  notes: number;
}

export interface SettingsPage {
  settings: StudySettings;
  /** The user has saved settings (a new user's time zone is guessed from their browser). */
  saved: boolean;
  optimized: boolean;
  areas: TagOption[];
  tags: TagOption[];
  reviews: number;
  minReviews: number;
  optimization: OptimizationView | null;
}

/** The library's areas and other tags, each with how many notes it selects, most first. */
export function studyTagOptions(library: LibraryIndex): { areas: TagOption[]; tags: TagOption[] } {
  const counts = new Map<string, number>();
  const areas = new Set<string>();
  for (const note of library.notes) {
    areas.add(note.area);
    for (const tag of new Set([note.area, ...note.frontMatter.tags])) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  const options = [...counts]
    .map(([tag, notes]) => ({ tag, notes }))
    .sort((a, b) => b.notes - a.notes || a.tag.localeCompare(b.tag));
  return { areas: options.filter((o) => areas.has(o.tag)), tags: options.filter((o) => !areas.has(o.tag)) };
}

export async function getSettingsPage(userId: string, library: LibraryIndex, now: Date, client: Db = db()): Promise<SettingsPage> {
  const [profile, saved, reviews, optimization] = await Promise.all([
    getStudyProfile(userId, client),
    client.userSettings.count({ where: { userId } }),
    countReviews(userId, client),
    latestOptimization(userId, now, client),
  ]);
  return {
    settings: profile.settings,
    saved: saved > 0,
    optimized: profile.optimized,
    ...studyTagOptions(library),
    reviews,
    minReviews: OPTIMIZATION_MIN_REVIEWS,
    optimization,
  };
}

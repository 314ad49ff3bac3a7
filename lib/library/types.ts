import type { DIFFICULTIES, NOTE_TYPES } from "@/lib/content";

export type {
  Card,
  CardKind,
  ContentProblem,
  ContentWarning,
  Library,
  LinkKind,
  Note,
  NoteLink,
  NoteProblems,
  OrphanedCard,
} from "@/lib/content";

export type NoteType = (typeof NOTE_TYPES)[number];
export type Difficulty = (typeof DIFFICULTIES)[number];

// Writes straight into the browser tests' own SQLite database (scripts/e2e-server.sh), for
// states that answering could only reach over weeks, such as a card forgotten eight times.
import { randomUUID } from "node:crypto";
import path from "node:path";
import Database from "better-sqlite3";

const DAY_MS = 86_400_000;
/** How Prisma's SQLite adapter stores a DateTime (ISO 8601 with an explicit UTC offset). */
const stored = (date: Date) => date.toISOString().replace("Z", "+00:00");

/**
 * Puts a library card on a user's schedule as a review due since yesterday, with `lapses`
 * lapses (as if answered "Again" that often after it had graduated).
 */
export function seedDueReview(email: string, cardId: string, noteId: string, lapses: number): void {
  const db = new Database(path.join(process.cwd(), ".tmp", "e2e.db"));
  try {
    db.pragma("busy_timeout = 10000");
    const user = db.prepare(`SELECT "id" FROM "User" WHERE "email" = ?`).get(email) as { id: string } | undefined;
    if (!user) throw new Error(`no user ${email} in the e2e database`);
    const now = Date.now();
    db.prepare(
      `INSERT INTO "CardState" ("id", "userId", "cardId", "noteId", "due", "stability", "difficulty", "elapsedDays", "scheduledDays",
        "learningSteps", "reps", "lapses", "state", "lastReview", "suspended", "buriedUntil", "version", "introducedAt", "updatedAt")
       VALUES (?, ?, ?, ?, ?, 2, 9, 2, 2, 0, ?, ?, 'review', ?, 0, NULL, 1, ?, ?)`,
    ).run(
      `e2e-${randomUUID()}`,
      user.id,
      cardId,
      noteId,
      stored(new Date(now - DAY_MS)),
      lapses * 2 + 2,
      lapses,
      stored(new Date(now - 3 * DAY_MS)),
      stored(new Date(now - 60 * DAY_MS)),
      stored(new Date(now)),
    );
  } finally {
    db.close();
  }
}

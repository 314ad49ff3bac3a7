// Spoken answers stay on this device: recorded in the browser and kept in IndexedDB, keyed by
// round and question, for playback after the round. Nothing here is ever sent to the server.
import { browserStore } from "@/lib/browser-store";

interface StoredRecording {
  key: string;
  roundId: string;
  index: number;
  blob: Blob;
  recordedAt: number;
}

// Database and store names are stored in learners' browsers: never rename them.
const run = browserStore({ database: "quorum-interview", store: "recordings", keyPath: "key", indexes: ["roundId"] });

export function recordingKey(roundId: string, index: number): string {
  return `${roundId}:${index}`;
}

export async function saveRecording(roundId: string, index: number, blob: Blob): Promise<void> {
  const record: StoredRecording = { key: recordingKey(roundId, index), roundId, index, blob, recordedAt: Date.now() };
  await run("readwrite", (s) => s.put(record));
}

/** The recording of one answer, or null when this device has none (another device, or cleared). */
export async function loadRecording(roundId: string, index: number): Promise<Blob | null> {
  const found = await run("readonly", (s) => s.get(recordingKey(roundId, index)) as IDBRequest<StoredRecording | undefined>);
  return found?.blob ?? null;
}

/** How many of a round's answers have a recording on this device. */
export function countRoundRecordings(roundId: string): Promise<number> {
  return run("readonly", (s) => s.index("roundId").count(roundId));
}

/** Deletes every recording of a round from this device, in one transaction. */
export async function deleteRoundRecordings(roundId: string): Promise<void> {
  await run("readwrite", (s) => {
    const cursor = s.index("roundId").openKeyCursor(roundId);
    cursor.onsuccess = () => {
      const at = cursor.result;
      if (!at) return;
      s.delete(at.primaryKey);
      at.continue();
    };
    return cursor;
  });
  window.dispatchEvent(new CustomEvent<string>(RECORDINGS_DELETED, { detail: roundId }));
}

/** Fired on window with the round's id once its recordings are gone, so playback can say so. */
export const RECORDINGS_DELETED = "quorum:recordings-deleted";

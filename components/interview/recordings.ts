// Spoken answers stay on this device: recorded in the browser and kept in IndexedDB, keyed by
// round and question, for playback after the round. Nothing here is ever sent to the server.

interface StoredRecording {
  key: string;
  roundId: string;
  index: number;
  blob: Blob;
  recordedAt: number;
}

const DB_NAME = "quorum-interview";
const STORE = "recordings";

export function recordingKey(roundId: string, index: number): string {
  return `${roundId}:${index}`;
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = () => {
      const store = req.result.createObjectStore(STORE, { keyPath: "key" });
      store.createIndex("roundId", "roundId");
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error("IndexedDB unavailable"));
  });
}

async function run<T>(mode: IDBTransactionMode, body: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const database = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = database.transaction(STORE, mode);
      const req = body(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(req.result);
      tx.onerror = () => reject(tx.error ?? new Error("IndexedDB failed"));
      tx.onabort = () => reject(tx.error ?? new Error("IndexedDB aborted"));
    });
  } finally {
    database.close();
  }
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

export async function deleteRoundRecordings(roundId: string): Promise<void> {
  const keys = await run("readonly", (s) => s.index("roundId").getAllKeys(roundId));
  await Promise.all(keys.map((k) => run("readwrite", (s) => s.delete(k))));
}

// One IndexedDB object store, opened per operation (browser only). Used for what must survive a
// reload on this device: answers waiting to sync, interview recordings.

export interface StoreSpec {
  /** Database name; one store per database, version 1. */
  database: string;
  store: string;
  keyPath: string;
  /** Indexes on one property each, by property name. */
  indexes: readonly string[];
}

export type StoreRunner = <T>(mode: IDBTransactionMode, body: (store: IDBObjectStore) => IDBRequest<T>) => Promise<T>;

function open(spec: StoreSpec): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(spec.database, 1);
    req.onupgradeneeded = () => {
      const store = req.result.createObjectStore(spec.store, { keyPath: spec.keyPath });
      for (const index of spec.indexes) store.createIndex(index, index);
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error("IndexedDB unavailable"));
  });
}

/**
 * Runs one request in its own transaction and resolves with its result when the transaction
 * commits, not on request success: what was written is kept only once it is durable.
 */
export function browserStore(spec: StoreSpec): StoreRunner {
  return async <T>(mode: IDBTransactionMode, body: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> => {
    const database = await open(spec);
    try {
      return await new Promise<T>((resolve, reject) => {
        const tx = database.transaction(spec.store, mode);
        const req = body(tx.objectStore(spec.store));
        tx.oncomplete = () => resolve(req.result);
        tx.onerror = () => reject(tx.error ?? new Error(`IndexedDB ${mode} failed`));
        tx.onabort = () => reject(tx.error ?? new Error(`IndexedDB ${mode} aborted`));
      });
    } finally {
      database.close();
    }
  };
}

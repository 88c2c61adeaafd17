// Apart from storage.ts so that a widget's first download does not carry idb and the store.

/** The IndexedDB database every widget uses unless `db-name` says otherwise. */
export const DEFAULT_DATABASE = 'msp-widgets';

/**
 * Opens this browser's store (storage.ts, with idb) on first use: drafts, markers and histories call
 * this, so that neither file is in a widget's first download.
 */
export const openLocalStore = (dbName: string = DEFAULT_DATABASE) => import('./storage.js').then(({ LocalStore }) => LocalStore.open(dbName));

let storageProbe: Promise<boolean> | undefined;

/**
 * Whether this page may use IndexedDB at all: a sandboxed iframe without `allow-same-origin` (an
 * opaque origin) or a strict private mode refuses it. Asked once per page, without keeping anything.
 */
export function storageAvailable(): Promise<boolean> {
  return (storageProbe ??= new Promise<boolean>((resolve) => {
    try {
      const request = indexedDB.open('msp-widgets-probe');
      request.onsuccess = () => {
        request.result.close();
        indexedDB.deleteDatabase('msp-widgets-probe');
        resolve(true);
      };
      request.onerror = () => resolve(false);
      request.onblocked = () => resolve(true);
    } catch {
      resolve(false); // SecurityError: an opaque origin.
    }
  }));
}

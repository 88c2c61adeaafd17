// Long computations over every response (100,000 at a large MSP over the years) run in slices of
// about 10 ms, giving the main thread back between slices: the page never freezes, a click or a key
// is answered within a slice (issue 16: one task of 1.5 s before). A worker would copy 100,000
// envelopes across (structured clone, itself a long task on arrival); slices keep the data where it is.

/** How long a slice works before it gives the thread back (ms): well under the 50 ms of a long task. */
export const SLICE_MS = 10;

interface Scheduler {
  yield(): Promise<void>;
}

/**
 * Gives the main thread back: `scheduler.yield()` where the browser has it (the continuation keeps
 * its place ahead of other tasks: https://developer.chrome.com/blog/use-scheduler-yield), else a
 * macrotask (`setTimeout`), which lets input, rendering and other tasks run first.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<Scheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve));
}

export interface SliceOptions {
  /** Stops between slices (rejects with the signal's reason, an AbortError). */
  signal?: AbortSignal | undefined;
  /** Work per slice, ms (SLICE_MS by default). */
  sliceMs?: number;
  /** How the thread is given back (yieldToMain by default; a test may count the calls). */
  yieldFn?: () => Promise<void>;
  /** The clock (performance.now by default). */
  now?: () => number;
}

/**
 * Calls `each` on every item in order, in slices of about `sliceMs` of work, yielding between them;
 * resolves to the number of slices. The clock is read every 64 items (reading it costs too).
 */
export async function eachInSlices<T>(items: readonly T[], each: (item: T, index: number) => void, options: SliceOptions = {}): Promise<number> {
  const { signal, sliceMs = SLICE_MS, yieldFn = yieldToMain, now = () => performance.now() } = options;
  let slices = 1;
  let sliceStart = now();
  for (let index = 0; index < items.length; index++) {
    if (index % 64 === 0 && index > 0 && now() - sliceStart >= sliceMs) {
      await yieldFn();
      signal?.throwIfAborted();
      slices++;
      sliceStart = now();
    }
    each(items[index]!, index);
  }
  signal?.throwIfAborted();
  return slices;
}

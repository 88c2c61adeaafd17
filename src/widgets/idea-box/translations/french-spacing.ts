// French typography for a whole catalogue: a narrow no-break space (U+202F) before ; ! ? and a
// no-break space (U+00A0) before : and inside « », so punctuation never starts a line. Writers type
// ordinary spaces; the catalogue goes through `withFrenchSpacing` once, at load. The same rule
// applies to the values put into a sentence (a structure name, a question): functions' results
// are spaced too. (The survey and the event signup carry the same few lines: a candidate for core.)

const NARROW = '\u202f';
const NBSP = '\u00a0';

/** One string with French no-break spaces. */
export function frenchSpacing(text: string): string {
  return text
    .replace(/[ \u00a0\u202f]+([;!?])/g, `${NARROW}$1`)
    .replace(/[ \u00a0\u202f]+:/g, `${NBSP}:`)
    .replace(/«[ \u00a0\u202f]*/g, `«${NBSP}`)
    .replace(/[ \u00a0\u202f]*»/g, `${NBSP}»`);
}

/** Every string of a catalogue (nested objects, arrays and functions' results) with French spacing. */
export function withFrenchSpacing<T>(value: T): T {
  if (typeof value === 'string') return frenchSpacing(value) as T;
  if (typeof value === 'function') {
    const fn = value as unknown as (...args: unknown[]) => unknown;
    return ((...args: unknown[]) => withFrenchSpacing(fn(...args))) as T;
  }
  if (Array.isArray(value)) return value.map((item) => withFrenchSpacing(item)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withFrenchSpacing(item)])) as T;
  }
  return value;
}

// French typography for a whole catalogue: a narrow no-break space (U+202F) before ; ! ? and a
// no-break space (U+00A0) before : and », after « and in "n° 3", so punctuation never starts a line
// (Imprimerie nationale's rules, as the DSFR writes them). Writers type ordinary spaces; a widget's
// French catalogue goes through `withFrenchSpacing` once, at load, and the values a function puts into
// a sentence (a structure name, a title typed by the team) are mended too.

const NARROW_NBSP = '\u202f';
const NBSP = '\u00a0';

/** One French string with its no-break spaces. Idempotent. */
export function frenchSpacing(text: string): string {
  return text
    .replace(/[ \u00a0\u202f]+([;!?])/g, `${NARROW_NBSP}$1`)
    .replace(/[ \u00a0\u202f]+:/g, `${NBSP}:`)
    .replace(/«[ \u00a0\u202f]*/g, `«${NBSP}`)
    .replace(/[ \u00a0\u202f]*»/g, `${NBSP}»`)
    .replace(/\bn°[ \u00a0\u202f]+/g, `n°${NBSP}`);
}

/** Every string of a catalogue (nested objects, arrays and what its functions return) with French spacing. */
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

/**
 * A title in quotation marks: « » in French, “ ” in English; quotation marks already inside the title
 * become the other kind, so that « » never nest (« Réunion “Vous avez dit” »).
 */
export function quoted(text: string, lang: 'fr' | 'en'): string {
  if (lang === 'fr') return `« ${text.replace(/«\s*/g, '“').replace(/\s*»/g, '”')} »`;
  return `“${text.replace(/“/g, '‘').replace(/”/g, '’')}”`;
}

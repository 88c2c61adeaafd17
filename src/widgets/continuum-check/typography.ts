// French typography for the self-check's strings: a narrow no-break space before ; ! ?, a no-break
// space before : and inside « », so that punctuation never starts a line (issue 13). Applied once to
// the French catalogue, whose source stays readable with plain spaces; English is left as it is.

const NARROW_NBSP = '\u202F';
const NBSP = '\u00A0';

/** One French string with its no-break spaces. Idempotent. */
export function frenchSpacing(text: string): string {
  return text
    .replace(/[ \u00A0\u202F]+([;!?])/g, `${NARROW_NBSP}$1`)
    .replace(/[ \u00A0\u202F]+:/g, `${NBSP}:`)
    .replace(/«[ \u00A0\u202F]*/g, `«${NBSP}`)
    .replace(/[ \u00A0\u202F]*»/g, `${NBSP}»`);
}

/** The catalogue with every string, and every string a function returns, spaced the French way. */
export function withFrenchSpacing<T>(catalog: T): T {
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return frenchSpacing(value);
    if (typeof value === 'function') {
      const fn = value as (...args: unknown[]) => unknown;
      return (...args: unknown[]) => walk(fn(...args));
    }
    if (Array.isArray(value)) return value.map(walk);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, walk(v)]));
    return value;
  };
  return walk(catalog) as T;
}

/**
 * A title in quotation marks: « » in French, “ ” in English; quotation marks already inside the title
 * become the other kind, so that « » never nest (« Réunion “Vous avez dit” »).
 */
export function quoted(text: string, lang: 'fr' | 'en'): string {
  if (lang === 'fr') return `« ${text.replace(/«\s*/g, '“').replace(/\s*»/g, '”')} »`;
  return `“${text.replace(/“/g, '‘').replace(/”/g, '’')}”`;
}

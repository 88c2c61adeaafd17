// French punctuation never starts a line: a no-break space before « : » and inside « », a narrow
// no-break space before ; ! ? (Imprimerie nationale's rules, as the DSFR writes them). Applied once
// to the whole French catalogue, including what its functions return (a title typed with " : "
// by the team is mended too), so the catalogue's source stays readable with ordinary spaces.

const NBSP = '\u00a0';
const NARROW_NBSP = '\u202f';

/** Replaces the ordinary space before : ; ! ? » and after « (and in "n° 3") by the right no-break space. */
export function frenchSpacing(text: string): string {
  return text
    .replace(/[ \u00a0\u202f]+([;!?])/g, `${NARROW_NBSP}$1`)
    .replace(/[ \u00a0\u202f]+([:»])/g, `${NBSP}$1`)
    .replace(/«[ \u00a0\u202f]+/g, `«${NBSP}`)
    .replace(/\bn°[ \u00a0\u202f]+/g, `n°${NBSP}`);
}

/** The catalogue with `frenchSpacing` applied to every string, and to every string a function returns. */
export function withFrenchSpacing<T>(catalogue: T): T {
  return mend(catalogue) as T;
}

function mend(value: unknown): unknown {
  if (typeof value === 'string') return frenchSpacing(value);
  if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => unknown;
    return (...args: unknown[]) => mend(fn(...args));
  }
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, mend(inner)]));
  return value;
}

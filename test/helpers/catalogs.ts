import { expect } from '@open-wc/testing';

/** A widget's catalogue as the widget loads it: French at hand, the other variants on demand. */
interface LoadableCatalog {
  fr: object;
  en: () => Promise<unknown>;
  ar: () => Promise<unknown>;
  easy?: (() => Promise<unknown>) | undefined;
}

/**
 * Each key's path and kind: `step()`, `ratingWords[]`, `labels.when` (not a function's arity: French's
 * functions are wrapped by withFrenchSpacing). `skip`: top-level keys compared elsewhere.
 */
export function catalogShape(value: unknown, skip: readonly string[] = [], path = ''): string[] {
  if (typeof value === 'function') return [`${path}()`];
  if (Array.isArray(value)) return [`${path}[]`];
  if (value && typeof value === 'object')
    return Object.entries(value)
      .filter(([key]) => !(path === '' && skip.includes(key)))
      .flatMap(([key, inner]) => catalogShape(inner, skip, path ? `${path}.${key}` : key))
      .sort();
  return [path];
}

/**
 * A widget whose words are in several catalogues (the first screen's, the later screens'): every
 * variant has the same keys as French, each of the same kind, through the loaders the widget uses; a
 * team widget has no easy-read variant; and no key is in two catalogues.
 */
export function describeCatalogues(
  widget: string,
  catalogs: readonly (readonly [string, LoadableCatalog])[],
  options: { easyRead: boolean; skip?: readonly string[] },
): void {
  const variants = options.easyRead ? (['en', 'ar', 'easy'] as const) : (['en', 'ar'] as const);
  for (const [name, catalog] of catalogs) {
    describe(`${widget} catalogue of the ${name}`, () => {
      for (const variant of variants) {
        it(`${variant} has the same keys as French, each of the same kind`, async () => {
          const loaded: unknown = await catalog[variant]!();
          expect(catalogShape(loaded, options.skip)).to.deep.equal(catalogShape(catalog.fr, options.skip));
        });
      }
      if (!options.easyRead) it('is a team widget’s: no easy-read variant', () => expect(catalog.easy).to.equal(undefined));
    });
  }
  it(`${widget}: a string is in one catalogue only`, () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [name, catalog] of catalogs)
      for (const key of Object.keys(catalog.fr)) {
        if (seen.has(key)) twice.push(`${key} (${seen.get(key)}, ${name})`);
        seen.set(key, name);
      }
    expect(twice).to.deep.equal([]);
  });
}

import { expect } from '@open-wc/testing';
import { continuumCheckCatalog } from './index.js';
import { continuumLaterCatalog } from './later.js';

// Every language has every string of both catalogues of the self-check — the start screen's
// (index.ts, in the first download) and the later screens' (later.ts, with their module) — with the
// same shape (a text, a function, a group), through the loaders the widget uses; and no string is in both.

/** Each key's path and kind: `resume()`, `aciReasons.n1-tools` (French's functions are wrapped: no arity). */
function shape(value: unknown, path = ''): string[] {
  if (typeof value === 'function') return [`${path}()`];
  if (value && typeof value === 'object')
    return Object.entries(value)
      .flatMap(([key, inner]) => shape(inner, path ? `${path}.${key}` : key))
      .sort();
  return [path];
}

for (const [name, catalog] of [
  ['start screen (index.ts)', continuumCheckCatalog],
  ['later screens (later.ts)', continuumLaterCatalog],
] as const) {
  describe(`self-check catalogue of the ${name}`, () => {
    for (const variant of ['en', 'ar'] as const) {
      it(`${variant} has the same keys as French, each of the same kind`, async () => {
        const loaded: unknown = await catalog[variant]();
        expect(shape(loaded)).to.deep.equal(shape(catalog.fr));
      });
    }
    it('is a team widget’s: no easy-read variant', () => {
      expect(catalog.easy).to.equal(undefined);
    });
  });
}

describe('self-check catalogues', () => {
  it('a string is in one catalogue only: the later screens’ words are not in the first download', () => {
    const first = new Set(Object.keys(continuumCheckCatalog.fr));
    expect(Object.keys(continuumLaterCatalog.fr).filter((key) => first.has(key))).to.deep.equal([]);
    expect(Object.keys(continuumCheckCatalog.fr)).to.include.members(['title', 'source', 'intro', 'startIndividual', 'startMerge', 'resume']);
    expect(Object.keys(continuumLaterCatalog.fr)).to.include.members([
      'stepOf',
      'resultsTitle',
      'chartTitle',
      'planTitle',
      'mergeTitle',
      'shareTitle',
      'historyTitle',
    ]);
  });
});

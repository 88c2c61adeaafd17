import { expect } from '@open-wc/testing';
import { surveyCatalog } from './index.js';
import { surveyLaterCatalog } from './later.js';

// Every language has every string of both catalogues of the survey — the first screen's (index.ts)
// and the later screens' (later.ts) — with the same shape (a text, a list, a function, a group), through the loaders the widget uses; and no string is in both.

/** Each key's path and kind: `step()`, `ratingWords[]`, `invitation.offers.comite` (French's functions are wrapped: no arity). */
function shape(value: unknown, path = ''): string[] {
  if (typeof value === 'function') return [`${path}()`];
  if (Array.isArray(value)) return [`${path}[]`];
  if (value && typeof value === 'object')
    return Object.entries(value)
      .filter(([key]) => !(path === '' && key === 'defaultSurvey')) // the default questionnaire: compared by easy-and-arabic.test.ts
      .flatMap(([key, inner]) => shape(inner, path ? `${path}.${key}` : key))
      .sort();
  return [path];
}

for (const [name, catalog] of [
  ['first screen (index.ts)', surveyCatalog],
  ['later screens (later.ts)', surveyLaterCatalog],
] as const) {
  describe(`survey catalogue of the ${name}`, () => {
    for (const variant of ['en', 'ar', 'easy'] as const) {
      it(`${variant} has the same keys as French, each of the same kind`, async () => {
        const loaded: unknown = await catalog[variant]();
        expect(shape(loaded)).to.deep.equal(shape(catalog.fr));
      });
    }
  });
}

describe('survey catalogues', () => {
  it('a string is in one catalogue only: the later screens’ words are not in the first download', () => {
    const first = new Set(Object.keys(surveyCatalog.fr));
    expect(Object.keys(surveyLaterCatalog.fr).filter((key) => first.has(key))).to.deep.equal([]);
    expect(Object.keys(surveyLaterCatalog.fr)).to.include.members(['thanksTitle', 'alreadyTitle', 'idleTitle', 'cleared', 'invitation']);
  });
});

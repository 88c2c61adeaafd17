import { expect } from '@open-wc/testing';
import { eventSignupCatalog } from './index.js';
import { eventSignupLaterCatalog } from './later.js';

// Every language has every string of both catalogues of the event signup — the list's (index.ts)
// and the form's and confirmation's (later.ts) — with the same shape (a text, a function, a group;
// not a function's arity: withFrenchSpacing's wrapper hides it), through the loaders the widget
// uses; and no string is in both.

/** Each key's path and kind: `seatsLeft()`, `labels.when`, `kinds.atelier`. */
function shape(value: unknown, path = ''): string[] {
  if (typeof value === 'function') return [`${path}()`];
  if (value && typeof value === 'object')
    return Object.entries(value)
      .flatMap(([key, inner]) => shape(inner, path ? `${path}.${key}` : key))
      .sort();
  return [path];
}

for (const [name, catalog] of [
  ['list (index.ts)', eventSignupCatalog],
  ['form and confirmation (later.ts)', eventSignupLaterCatalog],
] as const) {
  describe(`event-signup catalogue of the ${name}`, () => {
    for (const variant of ['en', 'ar', 'easy'] as const) {
      it(`${variant} has the same keys as French, each of the same kind`, async () => {
        const loaded: unknown = await catalog[variant]();
        expect(shape(loaded)).to.deep.equal(shape(catalog.fr));
      });
    }
  });
}

describe('event-signup catalogues', () => {
  it('a string is in one catalogue only: the form’s and the confirmation’s words are not in the first download', () => {
    const list = new Set(Object.keys(eventSignupCatalog.fr));
    expect(Object.keys(eventSignupLaterCatalog.fr).filter((key) => list.has(key))).to.deep.equal([]);
    expect(Object.keys(eventSignupLaterCatalog.fr)).to.include.members([
      'nameLabel',
      'healthWarning',
      'confirmed',
      'queued',
      'refused',
      'reminder',
      'reference',
    ]);
    // What shows before the form's module is here stays with the list: the way back, the delivered notice.
    expect(Object.keys(eventSignupCatalog.fr)).to.include.members(['heading', 'cancel', 'delivered', 'listenNotice', 'addToCalendar']);
  });
});

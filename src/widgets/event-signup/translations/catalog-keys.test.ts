import { expect } from '@open-wc/testing';
import { describeCatalogues } from '../../../../test/helpers/catalogs.js';
import { eventSignupCatalog } from './index.js';
import { eventSignupLaterCatalog } from './later.js';

// Both catalogues of the event signup — the list's (index.ts) and the form's and confirmation's
// (later.ts) — in every language, and what each holds.
describeCatalogues(
  'event-signup',
  [
    ['list (index.ts)', eventSignupCatalog],
    ['form and confirmation (later.ts)', eventSignupLaterCatalog],
  ],
  { easyRead: true },
);

describe('event-signup catalogues', () => {
  it('the form’s and the confirmation’s words are in the later catalogue, not in the first download', () => {
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

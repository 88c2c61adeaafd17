import { expect } from '@open-wc/testing';
import { describeCatalogues } from '../../../../test/helpers/catalogs.js';
import { continuumCheckCatalog } from './index.js';
import { continuumLaterCatalog } from './later.js';

// Both catalogues of the self-check — the start screen's (index.ts, in the first download) and the
// later screens' (later.ts, with their module) — in every language, and what each holds.
describeCatalogues(
  'self-check',
  [
    ['start screen (index.ts)', continuumCheckCatalog],
    ['later screens (later.ts)', continuumLaterCatalog],
  ],
  { easyRead: false },
);

describe('self-check catalogues', () => {
  it('the later screens’ words are in the later catalogue, not in the first download', () => {
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

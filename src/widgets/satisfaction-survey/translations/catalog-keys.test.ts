import { expect } from '@open-wc/testing';
import { describeCatalogues } from '../../../../test/helpers/catalogs.js';
import { surveyCatalog } from './index.js';
import { surveyLaterCatalog } from './later.js';

// Both catalogues of the survey — the first screen's (index.ts) and the later screens' (later.ts) — in
// every language (the default questionnaire is compared by easy-and-arabic.test.ts), and what each holds.
describeCatalogues(
  'survey',
  [
    ['first screen (index.ts)', surveyCatalog],
    ['later screens (later.ts)', surveyLaterCatalog],
  ],
  { easyRead: true, skip: ['defaultSurvey'] },
);

describe('survey catalogues', () => {
  it('the later screens’ words are in the later catalogue, not in the first download', () => {
    expect(Object.keys(surveyLaterCatalog.fr)).to.include.members(['thanksTitle', 'alreadyTitle', 'idleTitle', 'cleared', 'invitation']);
  });
});

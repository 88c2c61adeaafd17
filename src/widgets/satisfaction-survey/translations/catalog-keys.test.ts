import { expect } from '@open-wc/testing';
import { describeCatalogues } from '../../../../test/helpers/catalogs.js';
import { surveyAnswersCatalog } from './answers.js';
import { surveyCatalog } from './index.js';
import { surveyLaterCatalog } from './later.js';

// The three catalogues of the survey — the first screen's (index.ts), the words after "Suivant"
// (answers.ts) and the later screens' (later.ts) — in every language (the default questionnaire is compared by easy-and-arabic.test.ts), and what each holds.
describeCatalogues(
  'survey',
  [
    ['first screen (index.ts)', surveyCatalog],
    ['words after "Suivant" (answers.ts)', surveyAnswersCatalog],
    ['later screens (later.ts)', surveyLaterCatalog],
  ],
  { easyRead: true, skip: ['defaultSurvey'] },
);

describe('survey catalogues', () => {
  it('the later screens’ words are in the later catalogue, not in the first download', () => {
    expect(Object.keys(surveyLaterCatalog.fr)).to.include.members(['thanksTitle', 'alreadyTitle', 'idleTitle', 'cleared', 'invitation']);
  });

  it('the words said after "Suivant" or "Envoyer" come with answers.ts, not in the first download', () => {
    expect(Object.keys(surveyAnswersCatalog.fr)).to.have.members(['problems', 'summaryItem', 'nothingAnswered']);
    expect(Object.keys(surveyCatalog.fr)).to.not.include('problems');
  });
});

import { expect } from '@open-wc/testing';
import { DEFAULT_QUESTIONNAIRE } from '../../contracts/default-survey-order.js';
import { defaultSurveyFr } from './default-survey.js';

// The results view orders summaries by the contract's copy of this questionnaire's order and options.
describe('default questionnaire and its shared order', () => {
  it('keeps the contract’s order and options in step with the definition', () => {
    const questions = defaultSurveyFr.sections.flatMap((section) => section.questions);
    expect(DEFAULT_QUESTIONNAIRE.map((q) => q.id)).to.deep.equal(questions.map((q) => q.id));
    for (const question of questions) {
      const copy = DEFAULT_QUESTIONNAIRE.find((q) => q.id === question.id)!;
      const options = 'options' in question && question.options ? question.options.map((o) => o.id) : undefined;
      expect(
        copy.options?.map(([id]) => id),
        question.id,
      ).to.deep.equal(options);
    }
  });
});

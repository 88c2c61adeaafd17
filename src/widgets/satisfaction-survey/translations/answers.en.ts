import type { SurveyAnswersStrings } from './answers.fr.js';

/** The words said after "Suivant" or "Envoyer" in English (see answers.fr.ts). */
export const surveyAnswersEn: SurveyAnswersStrings = {
  problems: {
    required: 'Choose an answer.',
    requiredRating: 'Choose a face.',
    requiredText: 'Write an answer.',
    otherMissing: 'Please say what “other” means.',
    tooLong: (max) => `Your answer is longer than ${max} characters: please shorten it.`,
    tooMany: (max) => `Choose at most ${max} answers.`,
  },
  summaryItem: (question, problem) => `“${question}”: ${problem}`,
  nothingAnswered: 'Please answer at least one question before sending: you can go back with “Back”.',
};

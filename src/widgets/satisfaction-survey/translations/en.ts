import { plural } from '../../../core/i18n.js';
import { defaultSurveyEn } from '../default-survey.en.js';
import type { SurveyStrings } from './fr.js';

export const surveyEn: SurveyStrings = {
  defaultSurvey: defaultSurveyEn,
  ratingWords: ['Very bad', 'Bad', 'Average', 'Good', 'Very good'],
  yes: 'Yes',
  no: 'No',
  notConcerned: 'Does not apply to me',
  notConcernedBox: 'This question does not apply to me',
  otherLabel: 'Other, please say',
  otherField: (question) => `Please say what “other” means (${question})`,
  severalAnswers: 'You can choose more than one.',
  atMostChoices: (count) => plural('en', count, { one: 'One answer only.', other: `Up to ${count} answers.` }),
  textPrivacy: 'Do not write your name or anything about your health.',
  step: (current, total) => `Step ${current} of ${total}`,
  previous: 'Back',
  next: 'Next',
  submit: 'Send my answers',
  duration: (minutes) => plural('en', minutes, { one: 'About 1 minute.', other: `About ${minutes} minutes.` }),
  anonymous: 'Anonymous questionnaire: your name is never asked.',
  noticeSummary: 'How your answers are used',
  notice: (structure, oncePerDevice) =>
    [
      structure
        ? `${structure}: the team reads your answers to improve the welcome and services, and to plan actions that meet your needs.`
        : 'The health centre’s team reads your answers to improve the welcome and services, and to plan actions that meet your needs.',
      'The questionnaire is anonymous: it asks neither your name, nor your address, nor anything about your health. Only your answers and today’s date are sent.',
      oncePerDevice ? 'Each opinion counts once: this device keeps an “already answered” mark for this period. The mark does not say who you are.' : '',
      'You can skip the questions marked “optional”. You can stop at any time.',
    ].filter(Boolean),
  source: (text) => `Source: ${text}`,
  requiredMark: 'required',
  loading: 'Loading the questionnaire…',
};

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
  requiredMark: 'required',
  loading: 'Loading the questionnaire…',
  alreadyTitle: 'You have already answered, thank you!',
  already: 'This device has already sent an answer for this period. Each device sends one answer, so that each opinion counts once.',
  alreadyElse: 'Someone else uses this device? They can also give their opinion at the reception desk.',
  thanksTitle: 'Thank you for your answers!',
  thanksBody: 'The team will read the results and tell you what it does with them, in the waiting room or on the website.',
  kioskNext: (seconds) =>
    plural('en', seconds, {
      one: `The screen goes back to the start in ${seconds} second for the next person.`,
      other: `The screen goes back to the start in ${seconds} seconds for the next person.`,
    }),
  kioskRestart: 'Start again for the next person',
  idleTitle: 'Are you still there?',
  idleBody: (seconds) =>
    plural('en', seconds, {
      one: `Unless you do something, your answers will be cleared in ${seconds} second for the next person.`,
      other: `Unless you do something, your answers will be cleared in ${seconds} seconds for the next person.`,
    }),
  idleContinue: 'Continue',
  cleared: 'The previous answers were cleared. The questionnaire is ready for the next person.',
  outcome: {
    sent: 'Thank you! Your answers reached the team.',
    queued: 'Thank you! Your answers are kept on this device. They will go by themselves when the internet is back.',
    saved: 'Thank you! Your answers are saved.',
    rejected: 'Your answers could not be sent. A copy stays on this device for 30 days. You can also give your opinion at the reception desk.',
    refusedForNow: (until) =>
      `Your answers could not be sent for now. They stay on this device and will be sent again by themselves until ${until}. You can also give your opinion at the reception desk.`,
    failedSend: 'Your answers could not be sent. Check the internet, then press “Send my answers” again. Your answers are still here.',
    failedSave: 'This browser cannot keep your answers. Your answers are still here. You can also give your opinion at the reception desk.',
    delivered: 'Your answers that were waiting have just been sent.',
  },
  invitation: {
    title: 'Would you like to take part with the team?',
    intro: 'The team is looking for people to give their views and build projects with it. Anyone can take part. There is no commitment.',
    apart: 'Your answers to the questionnaire have already gone, without your name. What you write here goes separately: nobody can link it to your answers.',
    offersLegend: 'What interests you?',
    offers: {
      comite: 'Joining the users’ committee: patients who meet with the team',
      ateliers: 'Helping to prepare workshops or a project with the team',
      rappel: 'Being called to talk it over',
    },
    contactLabel: 'How can we reach you?',
    contactHint: 'A phone number or an e-mail address.',
    contactRequired: 'Give a phone number or an e-mail address.',
    consentLegend: 'Your consent',
    consentLabel: (recipient) => `I agree that these details are given to contact me about taking part. Recipient: ${recipient}.`,
    consentRequired: 'Tick the consent box so that the team can contact you.',
    noticeTitle: 'Your contact details: what happens to them',
    notice: (recipient, retention, rights) => [
      `Recipient: ${recipient}.`,
      'Why: to contact you and offer you a part. Your details are never linked to your answers to the questionnaire.',
      `How long they are kept: ${retention}.`,
      `Your rights: you may ask to see, correct or erase these details at any time (${rights}).`,
    ],
    send: 'Send my contact details',
    doneTitle: 'Thank you, the team will contact you.',
    doneBody: 'Your contact details went separately from your answers.',
    themeLabel: 'Taking part in the life of the health centre',
    message: (chosen) =>
      chosen.length
        ? `After the questionnaire, I would like to take part: ${chosen.map((c) => c.charAt(0).toLowerCase() + c.slice(1)).join('; ')}.`
        : 'After the questionnaire, I would like to take part in the life of the health centre.',
  },
};

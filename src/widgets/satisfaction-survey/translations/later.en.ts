import { plural } from '../../../core/i18n.js';
import type { SurveyLaterStrings } from './later.fr.js';

/** The later screens' words in English (see later.fr.ts). */
export const surveyLaterEn: SurveyLaterStrings = {
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
};

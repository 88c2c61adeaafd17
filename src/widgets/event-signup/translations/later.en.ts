import { plural } from '../../../core/i18n.js';
import type { EventSignupLaterStrings } from './later.fr.js';

/** The form's and the confirmation's words in English (see later.fr.ts). */
export const eventSignupLaterEn: EventSignupLaterStrings = {
  candidacyReassurance: 'Applying does not commit you to anything: the team will call you to talk about it, and you can still say no.',
  formHeading: (title) => `Signup: ${title}`,
  candidacyHeading: (title) => `Application: ${title}`,
  waitingListNotice:
    'This event is full. By signing up you join the waiting list: the team will let you know if a seat becomes free. It is not a booked seat yet.',
  privacyTitle: 'What we ask, and why',
  privacyIntro: 'We ask as little as possible.',
  whoSees: (recipient) => `Who will see your signup: ${recipient}, and nobody else.`,
  defaultRecipient: (structure) => (structure ? `the team organising the event (${structure})` : 'the health centre’s team organising the event'),
  retention: (text) => `How long: ${text}.`,
  defaultRetention: 'until the end of the event, then it is deleted',
  whoSeesCandidacy: (recipient) => `Who will see your application: ${recipient}, and nobody else.`,
  defaultRetentionCall: 'long enough to answer you and, if you take part, to keep in touch; then it is deleted',
  rights: (text) => `To see, correct or delete it: ${text}.`,
  healthWarning:
    'Please note: signing up for this workshop may reveal something about your health (an illness, for example). It is covered by medical confidentiality. You may use a pseudonym, and you need not say anything about your health here.',
  healthWarningCall:
    'Please note: applying may reveal something about your health or a relative’s. It is covered by medical confidentiality. You may use a pseudonym, and you need not say anything about your health here.',
  nameLabel: 'First name or pseudonym',
  nameHint: 'To welcome you and find you on the list. A pseudonym is enough; no surname needed.',
  nameMissing: 'Enter a first name or a pseudonym',
  channelLegend: 'How would you like to be reached?',
  channelHint: 'One way is enough.',
  channelMissing: 'Choose phone or e-mail',
  phone: 'Phone',
  email: 'E-mail',
  phoneLabel: 'Phone number',
  emailLabel: 'E-mail address',
  contactHint: 'Only to tell you about a change, a cancellation or a free seat. Never for anything else.',
  phoneInvalid: 'Enter a phone number, for example 06 12 34 56 78',
  emailInvalid: 'Enter an e-mail address, for example name@example.org',
  seatsLabel: 'Number of people, including you',
  seatsHint: 'To book enough seats if someone comes with you.',
  people: (count) => plural('en', count, { one: `${count} person`, other: `${count} people` }),
  accessLabel: 'What you need to attend comfortably',
  accessHint: 'For example: wheelchair, sign language interpreter, help with reading, translation. Only if you wish; do not write anything about your health.',
  motivationLabel: 'Why would you like to take part?',
  motivationHint: 'Only if you wish: a few words are enough, there is no right answer. You may also write nothing: we will talk about it together.',
  motivationHintPhone: (phone) =>
    `Only if you wish: a few words are enough, there is no right answer. Would you rather talk than write? Leave this empty, or call us on ${phone}.`,
  tooLong: 'This text is too long',
  submitSignup: 'Confirm my signup',
  submitWaiting: 'Join the waiting list',
  submitCandidacy: 'Send my application',
  back: 'Back to the list of events',
  confirmed: (title) => `Done: your signup for “${title}” is confirmed.`,
  waiting: (title, position) =>
    position === undefined
      ? `“${title}” is full: you are on the waiting list. The team will let you know if a seat becomes free.`
      : `“${title}” is full: you are on the waiting list, number ${position}. The team will let you know if a seat becomes free.`,
  received: (title) => `Thank you! Your signup for “${title}” was sent to the team.`,
  candidacyReceived: 'Thank you! Your application was sent. The team will contact you to talk about it.',
  queued: (title) =>
    `Your signup for “${title}” has not left yet. It is kept on this device and will go by itself as soon as the connection is back. Your seat will be booked then.`,
  saved: (title) => `Your signup for “${title}” is saved on this device.`,
  summaryTitle: (title) => `Summary: ${title}`,
  fact: (label, value) => `${label}: ${value}`,
  yourSignup: (name, people) => `In the name of ${name}, for ${people}.`,
  calendarHint: 'An .ics file that opens in your calendar (phone, Outlook, Google Calendar…), with a reminder the day before.',
  infoCalendarHint: 'An .ics file for your calendar (phone, Outlook, Google Calendar…), with a reminder the day before. It is made here: nothing is sent.',
  reminder: (title) => `Reminder: ${title} tomorrow`,
  calendarWaiting: 'On the waiting list: seat not confirmed.',
  reference: (code) => `If you call the team about it, give this code: ${code}.`,
  refused: (title, candidacy) =>
    candidacy
      ? `Your application “${title}” could not be recorded. Call the team or ask at the front desk to apply.`
      : `Your signup for “${title}” could not be recorded. Call the team or ask at the front desk to sign up.`,
  refusedForNow: (title, day, candidacy) =>
    `${candidacy ? `Your application “${title}”` : `Your signup for “${title}”`} has not arrived yet. It stays on this device and will be sent again automatically until ${day}. You can also ask at the front desk.`,
  contactErased: 'Your phone number and e-mail address are not kept on this device.',
  contactErasedLater: (day) => `If it has not arrived by ${day}, your phone number and e-mail address will be deleted from this device.`,
  failedSend: 'Sending did not work. Check your connection, then try again: what you wrote is still there.',
  failedSave: 'This browser could not keep your signup. What you wrote is still there: try again, or sign up at the front desk.',
};

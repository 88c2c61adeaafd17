import { plural } from '../../../core/i18n.js';
import type { EventSignupStrings } from './fr.js';

const two = (n: number) => String(n).padStart(2, '0');

export const eventSignupEn: EventSignupStrings = {
  heading: 'Upcoming events',
  intro: (structure) =>
    structure
      ? `${structure}: workshops, meetings and calls to take part, open to patients and, depending on the event, to their families.`
      : 'Workshops, meetings and calls to take part, open to patients and, depending on the event, to their families.',
  kinds: {
    atelier: 'Workshop',
    'atelier-etp': 'Patient education workshop',
    'groupe-de-marche': 'Walking group',
    'soiree-debat': 'Evening debate',
    'projection-debat': 'Film and debate',
    'portes-ouvertes': 'Open day',
    'reunion-echange': 'Discussion meeting',
    'appel-candidatures-comite': 'Call for candidates: patients’ committee',
    'appel-candidatures-patient-partenaire': 'Call for candidates: patient partner',
    'appel-candidatures-co-animation-etp': 'Call for candidates: run workshops with the care team',
    'appel-candidatures-groupe-de-travail': 'Call for candidates: working group',
  },
  callRoles: {
    'appel-candidatures-comite':
      'With other patients and professionals, you give your view on the welcome, the projects and the actions of the team. Your experience as a patient or a relative is enough: no need to be an expert.',
    'appel-candidatures-patient-partenaire':
      'You bring your experience as a patient or a relative to the professionals, and build actions, information leaflets or training with them, as equals.',
    'appel-candidatures-co-animation-etp':
      'Do you live with a long-term illness, or help a relative who does? With a nurse or a doctor, you run workshops where other people learn to live better with the same illness (what is called patient education). Your experience counts as much as their knowledge.',
    'appel-candidatures-groupe-de-travail':
      'With a few professionals and other patients, you prepare one project, for example the welcome desk, an information leaflet or a workshop, in a few meetings.',
  },
  callLabels: {
    role: 'Your role',
    time: 'Time needed',
    training: 'Training',
    compensation: 'Expenses and payment',
    charter: 'Charter of engagement',
    phone: 'To talk about it',
  },
  charterLink: 'Read the charter of engagement',
  charterHint: 'The rules professionals and patients agree to keep together.',
  callUs: 'Call us on',
  candidacyReassurance: 'Applying does not commit you to anything: the team will call you to talk about it, and you can still say no.',
  noSignup: 'No signup: just come. Nothing to fill in, no personal data asked.',
  questionCallUs: 'A question? Call us on',
  infoCalendarHint: 'An .ics file for your calendar (phone, Outlook, Google Calendar…), with a reminder the day before. It is made here: nothing is sent.',
  loading: 'Loading events…',
  none: 'No event is open for signup at the moment. Come back soon or ask at the front desk.',
  feedFailed: 'The list of events could not be loaded. Try again later or ask at the front desk.',
  time: (hour, minute) => `${hour}:${two(minute)}`,
  timeRange: (start, end) => `from ${start} to ${end}`,
  untilDay: (day, time) => `until ${day} at ${time}`,
  duration: (minutes) => {
    const hours = Math.floor(minutes / 60);
    const rest = minutes % 60;
    if (hours === 0) return `${rest} min`;
    if (hours >= 24 && rest === 0 && hours % 24 === 0) return plural('en', hours / 24, { one: `${hours / 24} day`, other: `${hours / 24} days` });
    return rest === 0 ? `${hours} h` : `${hours} h ${two(rest)} min`;
  },
  clockBack: 'Note: the clocks go back one hour during this event (the duration takes the change into account).',
  clockForward: 'Note: the clocks go forward one hour during this event (the duration takes the change into account).',
  labels: {
    when: 'When',
    duration: 'Duration',
    place: 'Place',
    access: 'Accessibility',
    theme: 'Theme',
    objectives: 'Objectives',
    objective: 'Objective',
    audience: 'Who it is for',
    seats: 'Seats',
    deadline: 'Signup',
    firstMeeting: 'First meeting',
    deadlineCall: 'Applications',
  },
  wheelchair: 'Wheelchair accessible.',
  notWheelchair: 'Not wheelchair accessible: call us and we will find a solution.',
  seatsLeft: (count) => plural('en', count, { one: `${count} seat left`, other: `${count} seats left` }),
  seatsOf: (capacity) => `of ${capacity}`,
  full: 'Full: you can join the waiting list.',
  waitingCount: (count) => (count === 0 ? '' : plural('en', count, { one: `${count} signup waiting.`, other: `${count} signups waiting.` })),
  deadlineDay: (day) => `Until ${day} included.`,
  deadlineAt: (day, time) => `Until ${day}, ${time}.`,
  closed: 'Signup is closed.',
  candidacyNote: 'No seat count: the team reads every application.',
  signUp: 'Sign up',
  joinWaitingList: 'Join the waiting list',
  apply: 'Apply',
  eventSuffix: (title) => `: ${title}`,
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
  cancel: 'Back to the list of events',
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
  addToCalendar: 'Add to my calendar',
  calendarHint: 'An .ics file that opens in your calendar (phone, Outlook, Google Calendar…), with a reminder the day before.',
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
  delivered: 'Your waiting signup has just been sent.',
  spokenEvent: (kind, title, when, place) => `${kind}: ${title}. ${when}. Place: ${place}.`,
  listenNotice: 'this message',
};

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
  noSignup: 'No signup: just come. Nothing to fill in, no personal data asked.',
  questionCallUs: 'A question? Call us on',
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
  cancel: 'Back to the list of events',
  addToCalendar: 'Add to my calendar',
  delivered: 'Your waiting signup has just been sent.',
  spokenEvent: (kind, title, when, place) => `${kind}: ${title}. ${when}. Place: ${place}.`,
  listenNotice: 'this message',
};

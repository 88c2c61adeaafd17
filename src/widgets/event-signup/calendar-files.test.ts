import { expect } from '@open-wc/testing';
import { parseEventTime } from '../../contracts/event-time.js';
import { EventCalendars } from './calendar-files.js';
import type { EventItem } from './event-signup.schema.js';
import type { ShownEvent } from './event-signup.state.js';
import { signupText } from './signup-text.js';
import { eventSignupFr } from './translations/fr.js';
import { eventSignupEn } from './translations/en.js';
import { eventSignupLaterEn } from './translations/later.en.js';
import { eventSignupLaterFr } from './translations/later.fr.js';

const openDay: EventItem = {
  id: 'portes-ouvertes',
  title: 'Portes ouvertes',
  kind: 'portes-ouvertes',
  signup: 'none',
  start: '2027-03-04T10:00',
  end: '2027-03-04T17:00',
  place: { name: 'Hall d’accueil' },
  objectives: [],
};
const shown: ShownEvent = {
  event: openDay,
  start: parseEventTime(openDay.start)!,
  end: parseEventTime(openDay.end)!,
  availability: 'open',
  seats: { kind: 'unknown' },
};

describe('calendar files: made again when their words change', () => {
  it('keeps a file while its words are the same, and makes it again when the later words of the language arrive', () => {
    const calendars = new EventCalendars();
    // English chosen: the list's words are here, the form's module still says its own in French.
    const meanwhile = signupText(eventSignupEn, eventSignupLaterFr);
    const first = calendars.forEvents([shown], meanwhile, 'en', undefined).get('portes-ouvertes')!;
    expect(calendars.forEvents([shown], signupText(eventSignupEn, eventSignupLaterFr), 'en', undefined).get('portes-ouvertes')).to.equal(first);
    const english = calendars.forEvents([shown], signupText(eventSignupEn, eventSignupLaterEn), 'en', undefined).get('portes-ouvertes')!;
    expect(english.url).not.to.equal(first.url);
    expect(signupText(eventSignupFr, eventSignupLaterFr)).to.equal(signupText(eventSignupFr, eventSignupLaterFr));
    calendars.clear();
  });
});

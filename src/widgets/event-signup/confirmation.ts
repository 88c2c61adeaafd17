// What the confirmation says once a signup left the form: confirmed or on the waiting list (with the
// place the server gives), kept on the device, or refused; and the calendar entry of the .ics file.
import type { SubmitOutcome } from '../../core/outbox.js';
import { outcomeMessage } from '../../core/outcome.js';
import type { CoreStrings } from '../../core/translations/fr.js';
import type { Registration } from '../../contracts/seats.js';
import { icsUtc, type CalendarEvent } from './ics.js';
import type { ShownEvent, SignedUp, SignupText } from './event-signup.state.js';
import { isCandidacy } from './shown-events.js';

/** The registration in a 201 answer (`{ registration: { status, position? } }`), if it is one. */
export function registrationIn(response: unknown): Registration | undefined {
  const registration = (response as { registration?: Registration } | null | undefined)?.registration;
  if (!registration || (registration.status !== 'confirmed' && registration.status !== 'waiting')) return undefined;
  return typeof registration.position === 'number' ? { status: registration.status, position: registration.position } : { status: registration.status };
}

/** The confirmation's heading, and whether the person holds a waiting-list place rather than a seat. */
export interface ConfirmationText {
  message: string;
  waiting: boolean;
}

/**
 * A refusal in plain words, with the event's title: refused for now (the device tries again until a
 * day) or for good, and what became of the contact details. The HTTP status is not said: it goes to
 * the console and `msp-error` (the submission controller).
 */
function refusal(outcome: SubmitOutcome, signedUp: SignedUp, t: SignupText, day: (date: Date) => string): string {
  const title = signedUp.payload.eventTitle;
  const candidacy = isCandidacy(signedUp.shown.event);
  const erasedAt = outcome.personalDataErasedAt ? new Date(outcome.personalDataErasedAt) : undefined;
  if (outcome.retryUntil) {
    const retrying = t.refusedForNow(title, day(new Date(outcome.retryUntil)), candidacy);
    return erasedAt ? `${retrying} ${t.contactErasedLater(day(erasedAt))}` : retrying;
  }
  const refused = t.refused(title, candidacy);
  return erasedAt ? `${refused} ${t.contactErased}` : refused;
}

/**
 * Nothing is promised that the server did not say: kept on the device means no seat yet; without a
 * registration in the answer, the seats counted when sending decide between "received" and "waiting".
 * A refusal is said in the widget's own plain words; `day` writes a date in the widget's language.
 */
export function confirmationText(outcome: SubmitOutcome, signedUp: SignedUp, t: SignupText, core: CoreStrings, day: (date: Date) => string): ConfirmationText {
  const title = signedUp.payload.eventTitle;
  const candidacy = isCandidacy(signedUp.shown.event);
  const registration = candidacy ? undefined : registrationIn(outcome.response);
  // Kept here, or sent without a word on the place: the seats counted when sending say it.
  const kept = outcome.status === 'queued' || outcome.status === 'saved';
  const sent = outcome.status === 'sent' && !candidacy;
  const waiting = kept ? signedUp.full : sent && (registration ? registration.status === 'waiting' : signedUp.full);
  const sentText = candidacy ? t.candidacyReceived : waiting ? t.waiting(title, registration?.position) : registration ? t.confirmed(title) : t.received(title);
  if (outcome.status === 'rejected') return { message: refusal(outcome, signedUp, t, day), waiting: false };
  const message = outcomeMessage(outcome, core, {
    overrides: { sent: sentText, queued: t.queued(title), saved: candidacy ? t.candidacyReceived : t.saved(title), failed: t.failedSend },
  });
  return { message, waiting };
}

/** The calendar entry of an event as shown: the invitation's facts, tentative on the waiting list, a reminder the day before. */
function calendarEntry(shown: ShownEvent, uid: string, waiting: boolean, t: SignupText, structureName: string | undefined): CalendarEvent {
  const event = shown.event;
  const description = [
    t.kinds[event.kind],
    event.theme ? t.fact(t.labels.theme, event.theme) : '',
    ...event.objectives.map((objective) => `– ${objective}`),
    event.place.accessibility ? t.fact(t.labels.access, event.place.accessibility) : '',
    waiting ? t.calendarWaiting : '',
    structureName ?? '',
  ].filter(Boolean);
  return {
    uid,
    start: shown.start,
    end: shown.end,
    summary: event.title,
    location: [event.place.name, event.place.address].filter(Boolean).join(', '),
    description: description.join('\n'),
    reminder: t.reminder(event.title),
    status: waiting ? 'TENTATIVE' : 'CONFIRMED',
  };
}

/** The calendar entry of a signup (its envelope's id makes it unique: importing it twice updates it). */
export function calendarEvent(signedUp: SignedUp, envelopeId: string, waiting: boolean, t: SignupText, structureName: string | undefined): CalendarEvent {
  return calendarEntry(signedUp.shown, `${envelopeId}@msp-event-signup`, waiting, t, structureName);
}

/**
 * The calendar entry of an information-only event: nobody signed up, so it is the same for everyone
 * (the event's id and start make it unique: a moved event updates, a re-imported one does not double).
 */
export function informationCalendarEvent(shown: ShownEvent, t: SignupText, structureName: string | undefined): CalendarEvent {
  return calendarEntry(shown, `${shown.event.id}-${icsUtc(shown.start)}@msp-event-signup`, false, t, structureName);
}

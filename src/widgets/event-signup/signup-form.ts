// The signup form's decisions: what is missing or wrong, and the payload sent. Pure functions, tested
// alone (signup-form.test.ts), loaded on demand with the form (event-signup.later.ts). The draft kept
// when another event is opened is event-signup.state.ts's draftForEvent.
import { isoWithOffset } from '../../contracts/event-time.js';
import type { SummaryError } from '../../ui/form.js';
import { isContactValue, type EventItem, type EventSignupPayload } from './event-signup.schema.js';
import { MAX_ACCESS_NEEDS, MAX_MOTIVATION, type ShownEvent, type SignupDraft } from './event-signup.state.js';
import { isCandidacy, maxSeats } from './shown-events.js';
import type { EventSignupLaterStrings } from './translations/later.fr.js';

type ErrorStrings = Pick<EventSignupLaterStrings, 'nameMissing' | 'channelMissing' | 'phoneInvalid' | 'emailInvalid' | 'tooLong'>;

/** Errors of a draft for that event, in the order of the fields. */
export function signupErrors(draft: SignupDraft, event: EventItem, t: ErrorStrings): SummaryError[] {
  const errors: SummaryError[] = [];
  if (!draft.name.trim()) errors.push({ fieldId: 'name', message: t.nameMissing });
  if (!draft.channel) errors.push({ fieldId: 'channel', message: t.channelMissing });
  else if (!isContactValue(draft.channel, draft.contact))
    errors.push({ fieldId: 'contact', message: draft.channel === 'phone' ? t.phoneInvalid : t.emailInvalid });
  // The motivation is never required: a mandatory essay keeps out the people the seeds most want
  // to reach (seed 000: « les usagers les plus instruits »); the team calls to talk about it.
  if (isCandidacy(event) && draft.motivation.length > MAX_MOTIVATION) errors.push({ fieldId: 'motivation', message: t.tooLong });
  if (draft.accessNeeds.length > MAX_ACCESS_NEEDS) errors.push({ fieldId: 'access', message: t.tooLong });
  return errors;
}

/**
 * What is sent for a valid draft (the collector checks it with `eventSignupPayloadSchema`): trimmed
 * texts, times with their Paris offset, no more seats than offered; for a call for candidates one
 * seat, no capacity, and the motivation only when the person wrote one. `capacity` is still sent for collectors that predate the team's event
 * definitions; the reference collector ignores it (capacity comes only from the team).
 */
export function signupPayload(shown: ShownEvent, draft: SignupDraft): EventSignupPayload {
  const item = shown.event;
  const candidacy = isCandidacy(item);
  const accessNeeds = draft.accessNeeds.trim();
  const motivation = candidacy ? draft.motivation.trim() : '';
  return {
    eventId: item.id,
    eventTitle: item.title,
    eventKind: item.kind,
    eventStart: isoWithOffset(shown.start),
    eventEnd: isoWithOffset(shown.end),
    ...(item.capacity !== undefined && !candidacy ? { capacity: item.capacity } : {}),
    name: draft.name.trim(),
    contact: { channel: draft.channel as 'phone' | 'email', value: draft.contact.trim() },
    seats: candidacy ? 1 : Math.min(Math.max(1, draft.seats), maxSeats(item, shown.seats)),
    ...(accessNeeds ? { accessNeeds } : {}),
    ...(motivation ? { motivation } : {}),
  };
}

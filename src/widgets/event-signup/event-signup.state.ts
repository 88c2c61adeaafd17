// The types the shell (event-signup.component.ts) and its views share. Views import this file, never
// the component: the component imports the views, so the other way round would be a circle.
import type { CoreStrings } from '../../core/translations/fr.js';
import type { WidgetUi } from '../../core/widget-ui.js';
import type { Availability } from '../../contracts/event-time.js';
import type { EventItem, EventSignupPayload } from './event-signup.schema.js';
import type { EventSignupStrings } from './translations/fr.js';
import type { EventSignupLaterStrings } from './translations/later.fr.js';

/** Longest access needs and motivation texts a person may send (the counters show what is left). */
export const MAX_ACCESS_NEEDS = 500;
export const MAX_MOTIVATION = 600;

/** What the person typed. */
export interface SignupDraft {
  name: string;
  channel: '' | 'phone' | 'email';
  contact: string;
  seats: number;
  accessNeeds: string;
  motivation: string;
}

export const emptyDraft = (channel: SignupDraft['channel'] = ''): SignupDraft => ({
  name: '',
  channel,
  contact: '',
  seats: 1,
  accessNeeds: '',
  motivation: '',
});

/** How the team reaches people, resolved: one channel, or the person chooses. */
export type ChannelChoice = 'phone' | 'email' | 'either';

/**
 * The draft when an event is opened: what was typed for another event is kept (same person), but
 * never a channel the team does not use; seats and motivation start afresh. Here, not with the form's
 * other decisions (signup-form.ts, loaded on demand): it is applied as the event is opened, before
 * the form's module may have arrived.
 */
export function draftForEvent(draft: SignupDraft, channel: ChannelChoice): SignupDraft {
  const fixed = channel === 'either' ? '' : channel;
  return { ...draft, channel: fixed || draft.channel, seats: 1, motivation: '' };
}

/** The events feed, if any: not asked for, on its way, read, or unreadable. */
export type FeedStatus = 'none' | 'loading' | 'ready' | 'failed';

/** What the seats route answers (counts only). */
export interface SeatsInfo {
  capacity: number | null;
  taken: number;
  left: number | null;
  waiting: number;
}

/**
 * The seats an event card shows: none for a call for candidates (no seat count at all), nothing when
 * the number is unknown or unlimited, else the seats left (0 = full), with the capacity and the number
 * of signups waiting when known.
 */
export type SeatsShown = { kind: 'candidacy' } | { kind: 'unknown' } | { kind: 'counted'; left: number; capacity: number | undefined; waiting: number };

/** An event as shown: parsed times, whether it can be signed up for, and its seats. */
export interface ShownEvent {
  event: EventItem;
  start: Date;
  end: Date;
  availability: Exclude<Availability, 'past'>;
  seats: SeatsShown;
}

/** The signup sent, kept for the confirmation even if the feed or the seats change meanwhile. */
export interface SignedUp {
  shown: ShownEvent;
  payload: EventSignupPayload;
  /** The event was full when the person sent: a place on the waiting list unless the server says otherwise. */
  full: boolean;
}

/** A local `.ics` file ready to be saved (a blob URL: nothing is requested from anywhere). */
export interface CalendarLink {
  url: string;
  name: string;
}

/** An information-only event's file in the list, with the words beside it (they come with it, from the later module). */
export interface EventCalendarLink extends CalendarLink {
  hint: string;
}

/**
 * Every word the form and the confirmation use: the list's (translations/fr.ts and its languages)
 * and their own (translations/later.fr.ts…, loaded with them).
 */
export type SignupText = EventSignupStrings & EventSignupLaterStrings;

/**
 * What every view receives: the widget's strings, the shared ones and the language they are in,
 * headings and read-aloud buttons, what to show, and what to call back. One object, so a view's
 * signature says all it depends on.
 */
export interface ViewProps<State, On = Record<string, never>, Text = EventSignupStrings> {
  t: Text;
  core: CoreStrings;
  /** The Intl locale of `t` ("fr-FR", "en-GB", "ar-u-nu-latn"), for dates. */
  locale: string;
  /** Headings at the widget's level, read-aloud buttons. */
  ui: WidgetUi;
  state: State;
  on: On;
}

/** What the form's and the confirmation's views receive: the list's words and their own. */
export type LaterViewProps<State, On = Record<string, never>> = ViewProps<State, On, SignupText>;

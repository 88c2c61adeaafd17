// What a call for candidates says, and what an event tells the person who need not sign up: the
// call's facts with the team's defaults (phone, charter), and a phone number as a link. Pure
// functions, tested alone (call-for-candidates.test.ts). What a call leaves unsaid, for the webmaster's
// console, is call-warnings.ts (loaded on demand).
import { isCallForCandidatesKind, type CallForCandidatesKind } from '../../contracts/event-kinds.js';
import type { EventItem } from './event-signup.schema.js';

/** The widget's own phone and charter, used by events that give none. */
export interface TeamDefaults {
  phone?: string | undefined;
  charterUrl?: string | undefined;
}

/** A number to show and to call (`tel:` link: dialled by the person's phone, nothing is requested). */
export interface CallablePhone {
  text: string;
  href: string;
}

/** The facts a call's card and form show, in that order. */
export interface CallShown {
  /** What the person will do: the team's words, else the default for the kind. */
  role: string;
  time?: string;
  training?: string;
  compensation?: string;
  charterUrl?: string;
}

/** `tel:` with the digits and a leading `+` only: "02 31 00 00 00" → "tel:0231000000". */
export function telHref(phone: string): string {
  const trimmed = phone.trim();
  return `tel:${trimmed.startsWith('+') ? '+' : ''}${trimmed.replace(/\D/g, '')}`;
}

/** The number to call about an event: its own, else the team's; none when neither is given. */
export function phoneFor(event: EventItem, defaults: TeamDefaults): CallablePhone | undefined {
  const phone = (event.phone ?? defaults.phone)?.trim();
  return phone ? { text: phone, href: telHref(phone) } : undefined;
}

/** A fact the team wrote, trimmed; undefined when left empty. */
export const given = (value: string | undefined): string | undefined => (value?.trim() ? value.trim() : undefined);

/** A call's facts as shown, or undefined when the event is not a call for candidates. */
export function callShown(event: EventItem, defaults: TeamDefaults, roles: Record<CallForCandidatesKind, string>): CallShown | undefined {
  if (!isCallForCandidatesKind(event.kind)) return undefined;
  const call = event.call ?? {};
  const facts: CallShown = { role: given(call.role) ?? roles[event.kind] };
  const time = given(call.time);
  const training = given(call.training);
  const compensation = given(call.compensation);
  const charterUrl = given(call.charterUrl) ?? given(defaults.charterUrl);
  if (time) facts.time = time;
  if (training) facts.training = training;
  if (compensation) facts.compensation = compensation;
  if (charterUrl) facts.charterUrl = charterUrl;
  return facts;
}

// What a call for candidates says, and what an event tells the person who need not sign up: the
// call's facts with the team's defaults (phone, charter), a phone number as a link, and what a
// call leaves unsaid (for the webmaster's console). Pure functions, tested alone
// (call-for-candidates.test.ts).
import { isCallForCandidatesKind, type CallForCandidatesKind } from './event-kinds.js';
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

/** The facts a call may leave unsaid (the role has a default per kind). */
export type CallFact = 'time' | 'training' | 'compensation' | 'charterUrl';

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

const given = (value: string | undefined): string | undefined => (value?.trim() ? value.trim() : undefined);

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

/**
 * What a call leaves unsaid, in the order shown. People hesitate less when they know what they
 * commit to (the time), what they will learn (seed 003: « la formation commune » is decisive), what
 * it costs or pays (§4.1.1) and the rules the group keeps (fiche 14): the webmaster is told.
 */
export function missingCallFacts(event: EventItem, defaults: TeamDefaults): CallFact[] {
  if (!isCallForCandidatesKind(event.kind)) return [];
  const call = event.call ?? {};
  const missing: CallFact[] = [];
  if (!given(call.time)) missing.push('time');
  if (!given(call.training)) missing.push('training');
  if (!given(call.compensation)) missing.push('compensation');
  if (!given(call.charterUrl) && !given(defaults.charterUrl)) missing.push('charterUrl');
  return missing;
}

const factNames: Record<CallFact, string> = {
  time: 'le temps à prévoir (call.time)',
  training: 'la formation proposée (call.training)',
  compensation: 'les frais remboursés ou l’indemnité (call.compensation)',
  charterUrl: 'le lien vers la charte de l’engagement (call.charterUrl, ou charterUrl du widget)',
};

/** The console message for a call that leaves facts unsaid (for the webmaster, in French). */
export function callWarning(event: EventItem, missing: readonly CallFact[]): string {
  return (
    `[msp-event-signup] L’appel à candidatures "${event.id}" ne dit pas ${missing.map((fact) => factNames[fact]).join(', ')}. ` +
    'Les personnes hésitent moins quand elles savent à quoi elles s’engagent : voir le README du widget.'
  );
}

/** Tells the webmaster, once per call (`warned` keeps the ids), what a call for candidates leaves unsaid. */
export function warnAboutCalls(shown: readonly { event: EventItem }[], defaults: TeamDefaults, warned: Set<string>): void {
  for (const { event } of shown) {
    if (warned.has(event.id)) continue;
    const missing = missingCallFacts(event, defaults);
    if (!missing.length) continue;
    warned.add(event.id);
    console.warn(callWarning(event, missing));
  }
}

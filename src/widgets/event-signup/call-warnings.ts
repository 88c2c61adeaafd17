// What a call for candidates leaves unsaid, told to the webmaster in the console (in French), once per
// call. Loaded on demand with the later screens (event-signup.later.ts): the list does not wait for it.
import { given, type TeamDefaults } from './call-for-candidates.js';
import { isCallForCandidatesKind } from '../../contracts/event-kinds.js';
import type { EventItem } from './event-signup.schema.js';

/** The facts a call may leave unsaid (the role has a default per kind). */
export type CallFact = 'time' | 'training' | 'compensation' | 'charterUrl';

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

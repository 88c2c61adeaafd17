// The idea form's decisions, apart from any element: what is wrong with a draft, and the payload
// sent for it.
import type { SummaryError } from '../../core/form-controller.js';
import type { IdeaPayload } from './idea-box.schema.js';
import type { IdeaDraft, Participation, Theme } from './idea-box.state.js';
import type { IdeaBoxStrings } from './translations/fr.js';

/** Shortest contact that can reach someone ("06…", "a@b"). */
const MIN_CONTACT_CHARS = 3;

/**
 * The participation offer, when shown: the team said who reads the contacts and did not turn it off
 * (seeds: recruiting usagers is the first obstacle, so the offer is on once a reader is named).
 */
export function offeredParticipation(participation: Participation | undefined): Participation | undefined {
  if (!participation || participation.enabled === false) return undefined;
  return participation.recipient.trim() ? participation : undefined;
}

/** Every error of the draft, in the order of the fields. */
export function ideaErrors(draft: IdeaDraft, rules: { maxLength: number; participation: Participation | undefined }, t: IdeaBoxStrings): SummaryError[] {
  const errors: SummaryError[] = [];
  if (!draft.theme) errors.push({ fieldId: 'theme', message: t.themeRequired });
  if (!draft.text.trim()) errors.push({ fieldId: 'idea', message: t.ideaRequired });
  else if (draft.text.length > rules.maxLength) errors.push({ fieldId: 'idea', message: t.ideaTooLong(rules.maxLength) });
  if (rules.participation && draft.participate) {
    if (draft.contact.trim().length < MIN_CONTACT_CHARS) errors.push({ fieldId: 'contact', message: t.contactRequired });
    if (!draft.consent) errors.push({ fieldId: 'consent', message: t.consentRequired });
  }
  return errors;
}

/**
 * The payload of a valid draft. A contact goes only when participation is offered and chosen, with
 * the consent sentence the person agreed to, word for word.
 */
export function ideaPayload(
  draft: IdeaDraft,
  context: { themes: readonly Theme[]; participation: Participation | undefined; consentText: string; despiteWarning: boolean },
): IdeaPayload {
  const theme = context.themes.find((th) => th.id === draft.theme);
  const payload: IdeaPayload = { theme: draft.theme, themeLabel: theme?.label ?? draft.theme, text: draft.text.trim() };
  if (context.despiteWarning) payload.sentDespiteWarning = true;
  if (context.participation && draft.participate) {
    payload.participation = { contact: draft.contact.trim(), consent: true, consentText: context.consentText };
  }
  return payload;
}

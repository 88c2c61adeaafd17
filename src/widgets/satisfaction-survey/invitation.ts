// The invitation to take part after the survey, as pure decisions: whether it is offered, what is
// wrong with what the person typed, and the envelope sent for it.
//
// Why an envelope of kind "idea" with a participation contact, and nothing else (README, "Invitation
// à participer"): the contact must never be linkable to the anonymous answers. So it is a second,
// independent envelope — its own id, no survey id, no campaign, no answer, no reference to the first
// envelope — of the one existing kind that carries a contact with its consent sentence word for word
// (the idea box's `participation`), which the results view already lists with the ideas, keeps apart
// in its exports and deletes first when the retention ends. An event signup was the other candidate:
// it needs an event (id, start, end) and a name, and carries no consent sentence.
import type { SummaryError } from '../../core/form-controller.js';
import { createEnvelope, type Envelope } from '../../core/envelope.js';
import type { IdeaPayload } from '../../contracts/idea.js';
import { invitationOffers, type InvitationOffer, type SurveyParticipation } from './satisfaction-survey.schema.js';
import type { SurveyLaterStrings } from './translations/later.fr.js';

/** The theme id the contact is filed under in the team's list of ideas. */
export const INVITATION_THEME = 'participation';

/** Shortest contact that can reach someone ("06…", "a@b"), as in the idea box. */
const MIN_CONTACT_CHARS = 3;

/** What the person fills in on the invitation screen. Never pre-ticked. */
export interface InvitationDraft {
  offers: InvitationOffer[];
  contact: string;
  consent: boolean;
}

export function emptyInvitation(): InvitationDraft {
  return { offers: [], contact: '', consent: false };
}

/**
 * The invitation, when offered: the team said who reads the contacts (`recipient`, required by the
 * schema) and did not turn it off. Never on the waiting-room tablet: a contact typed there would sit
 * on a shared device in front of others (README).
 */
export function offeredInvitation(participation: SurveyParticipation | undefined, kiosk: boolean): SurveyParticipation | undefined {
  if (!participation || kiosk || participation.enabled === false) return undefined;
  return participation.recipient.trim() ? participation : undefined;
}

/** The offers shown, in the schema's order. */
export function shownOffers(participation: SurveyParticipation): InvitationOffer[] {
  return invitationOffers.filter((offer) => !participation.offers || participation.offers.includes(offer));
}

/** Every error of the invitation, in the order of the fields: a contact, and the consent. */
export function invitationErrors(draft: InvitationDraft, t: SurveyLaterStrings['invitation']): SummaryError[] {
  const errors: SummaryError[] = [];
  if (draft.contact.trim().length < MIN_CONTACT_CHARS) errors.push({ fieldId: 'invitation-contact', message: t.contactRequired });
  if (!draft.consent) errors.push({ fieldId: 'invitation-consent', message: t.consentRequired });
  return errors;
}

/** The payload of a valid invitation: what the person chose, in their words, and the contact with the consent sentence word for word. */
export function invitationPayload(draft: InvitationDraft, participation: SurveyParticipation, t: SurveyLaterStrings['invitation']): IdeaPayload {
  const chosen = shownOffers(participation).filter((offer) => draft.offers.includes(offer));
  return {
    theme: INVITATION_THEME,
    themeLabel: t.themeLabel,
    text: t.message(chosen.map((offer) => t.offers[offer])),
    participation: { contact: draft.contact.trim(), consent: true, consentText: t.consentLabel(participation.recipient) },
  };
}

/**
 * The envelope: kind "idea", a fresh id, the day only (an anonymous kind), the language and the
 * structure — nothing of the survey's envelope.
 */
export function invitationEnvelope(payload: IdeaPayload, options: { locale: string; structure?: string | undefined; now?: Date }): Envelope<IdeaPayload> {
  return createEnvelope('idea', payload, options);
}

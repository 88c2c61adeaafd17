import { html, type TemplateResult } from 'lit';
import { choiceGroup, consentGroup, errorSummary, textField, type SummaryError } from '../../../ui/form.js';
import type { InvitationDraft } from '../invitation.js';
import type { InvitationOffer, SurveyParticipation } from '../satisfaction-survey.schema.js';
import type { LaterText } from '../satisfaction-survey.state.js';

/** What the invitation screen shows. */
export interface InvitationState {
  participation: SurveyParticipation;
  offers: InvitationOffer[];
  draft: InvitationDraft;
  sending: boolean;
  done: boolean;
  summary: SummaryError[];
  errorFor: (fieldId: string) => string | undefined;
  root: ShadowRoot;
}

export interface InvitationHandlers {
  submit: (event: Event) => void;
  offer: (offer: InvitationOffer, on: boolean) => void;
  contact: (value: string) => void;
  contactLeft: () => void;
  consent: (on: boolean) => void;
}

/** Once sent: a heading that takes focus, and where the contact went. */
function renderInvitationDone({ t, ui }: Pick<LaterText, 't' | 'ui'>): TemplateResult {
  const text = t.invitation;
  return html`<section class="invitation" part="invitation" aria-labelledby="invitation-done-title">
    <div class="read-row">
      ${ui.heading(text.doneTitle, { id: 'invitation-done-title', part: 'invitation-title', focusable: true, sub: 1 })}
      ${ui.readAloud(`${text.doneTitle} ${text.doneBody}`, text.doneTitle)}
    </div>
    <p>${text.doneBody}</p>
  </section>`;
}

/**
 * The optional last screen, under the thanks: an invitation to take part (committee, workshops, a
 * call), a contact and the consent (never pre-ticked), the GDPR notice (who reads, how long, rights).
 * Sent as its own envelope, never linked to the answers; once sent, a heading that takes focus.
 */
export function renderInvitation({ t, core, ui, state, on }: LaterText & { state: InvitationState; on: InvitationHandlers }): TemplateResult {
  const text = t.invitation;
  const { participation, draft } = state;
  if (state.done) return renderInvitationDone({ t, ui });
  return html`<section class="invitation" part="invitation" aria-labelledby="invitation-title">
    <div class="read-row">
      ${ui.heading(text.title, { id: 'invitation-title', part: 'invitation-title', sub: 1 })}
      ${ui.readAloud(`${text.title} ${text.intro} ${text.apart}`, text.title)}
    </div>
    <p>${text.intro}</p>
    <p>${text.apart}</p>
    <form novalidate part="invitation-form" aria-labelledby="invitation-title" @submit=${on.submit}>
      ${errorSummary(state.summary, core, state.root)}
      ${choiceGroup({
        id: 'invitation-offers',
        legend: text.offersLegend,
        type: 'checkbox',
        options: state.offers.map((offer) => ({ value: offer, label: text.offers[offer] })),
        selected: draft.offers,
        onChange: (selected) => state.offers.forEach((offer) => on.offer(offer, selected.includes(offer))),
        t: core,
      })}
      <div class="notice" part="invitation-notice">
        <p class="notice-title"><strong>${text.noticeTitle}</strong></p>
        <ul>
          ${text.notice(participation.recipient, participation.retention, participation.rightsContact).map((line) => html`<li>${line}</li>`)}
        </ul>
      </div>
      ${textField({
        id: 'invitation-contact',
        label: participation.contactLabel ?? text.contactLabel,
        hint: text.contactHint,
        required: true,
        value: draft.contact,
        onInput: on.contact,
        onBlur: on.contactLeft,
        error: state.errorFor('invitation-contact'),
        t: core,
      })}
      ${consentGroup({
        id: 'invitation-consent',
        legend: text.consentLegend,
        required: true,
        label: text.consentLabel(participation.recipient),
        checked: draft.consent,
        onChange: on.consent,
        error: state.errorFor('invitation-consent'),
        t: core,
      })}
      <div class="actions" part="actions">
        <button type="submit" class="button" part="button invitation-button" aria-disabled=${state.sending ? 'true' : 'false'}>
          ${state.sending ? core.sending : text.send}
        </button>
      </div>
    </form>
  </section>`;
}

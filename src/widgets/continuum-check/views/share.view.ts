import { html, type TemplateResult } from 'lit';
import { shortReference } from '../../../core/ids.js';
import type { SubmitOutcome } from '../../../core/outbox.js';
import type { SubmissionState } from '../../../core/submission-controller.js';
import { choiceGroup, consentGroup, errorSummary, honeypotField, type SummaryError } from '../../../ui/form.js';
import type { ViewProps } from '../continuum-check.state.js';
import type { ShareChoices } from '../continuum-payload.js';

export interface ShareState {
  /** Who receives the assessment ("la Fédération des MSP d'Occitanie"), if the config names it. */
  recipient: string | undefined;
  submission: SubmissionState;
  outcome: SubmitOutcome | undefined;
  /** The outcome in words, as announced in the status region. */
  outcomeMessage: string;
  /** What the team ticked to send beyond the levels. */
  share: ShareChoices;
  consent: boolean;
  /** What the error summary lists (nothing before a first attempt). */
  summaryErrors: SummaryError[];
  /** The error to show under the agreement now. */
  consentError: string | undefined;
  /** Where the error summary's links find their fields. */
  root: ShadowRoot | null;
}

export interface ShareOn {
  submit(event: Event): void;
  share(choices: ShareChoices): void;
  consent(agreed: boolean): void;
  honeypot(value: string): void;
}

const shareKeys = (t: ViewProps<unknown>['t']) => Object.keys(t.shareOptions) as (keyof ShareChoices)[];

/** The form that sends the assessment to the endpoint: what to share beyond the levels, and the team's agreement. */
export function renderShare(props: ViewProps<ShareState, ShareOn>): TemplateResult {
  const { t, ui, core, state, on } = props;
  if (state.submission === 'done' && state.outcome) return renderSent(props, state.outcome);
  const sending = state.submission === 'sending';
  const options = shareKeys(t);
  return html`<section class="share screen-only" part="share" aria-labelledby="share-title">
    ${ui.heading(t.shareTitle(state.recipient), { id: 'share-title', sub: 2, class: 'section-title' })}
    <form novalidate @submit=${on.submit}>
      ${errorSummary(state.summaryErrors, core, state.root)}
      <p>${t.shareIntro}</p>
      ${choiceGroup({
        id: 'share-options',
        legend: t.shareLegend,
        type: 'checkbox',
        options: options.map((key) => ({ value: key, label: t.shareOptions[key] })),
        selected: options.filter((key) => state.share[key]),
        onChange: (selected) => on.share(Object.fromEntries(options.map((key) => [key, selected.includes(key)])) as unknown as ShareChoices),
        t: core,
      })}
      ${consentGroup({
        id: 'share-consent',
        legend: t.shareConsentLegend,
        required: true,
        label: t.shareConsent,
        checked: state.consent,
        onChange: on.consent,
        error: state.consentError,
        t: core,
      })}
      ${honeypotField(core, on.honeypot)}
      <div class="actions">
        <button class="button" part="button submit" type="submit" aria-disabled=${sending ? 'true' : 'false'}>${sending ? core.sending : t.send}</button>
      </div>
    </form>
  </section>`;
}

/** Sent, queued or refused: the outcome and the reference to quote. */
function renderSent({ t, ui, core, state }: ViewProps<ShareState, ShareOn>, outcome: SubmitOutcome): TemplateResult {
  return html`<section class="share" part="share" aria-labelledby="sent-title">
    ${ui.heading(t.sentTitle, { id: 'sent-title', sub: 2, class: 'section-title', focusable: true })}
    <p class="notice ${outcome.status === 'rejected' ? 'error' : 'success'}">${state.outcomeMessage}</p>
    <p>${core.reference(shortReference(outcome.id))}</p>
  </section>`;
}

import { html, nothing, type TemplateResult } from 'lit';
import type { CallablePhone, CallShown } from '../call-for-candidates.js';
import type { ViewProps } from '../event-signup.state.js';

export type CallDetailsProps = ViewProps<{
  call: CallShown;
  /** The number to call about it, when the team gives one. */
  phone: CallablePhone | undefined;
}>;

/** "Appelez-nous au 02 31 00 00 00." with the number as a `tel:` link (dialled by the person's phone; nothing is requested). */
export function phoneLine(before: string, phone: CallablePhone): TemplateResult {
  return html`${before} <a class="phone" part="phone" dir="ltr" href=${phone.href}>${phone.text}</a>.`;
}

/**
 * A call for candidates' facts, after the invitation's: the role in plain words, the time it takes,
 * the training and the expenses or compensation offered (seed 003 §4.1.1), the charter of engagement
 * (fiche 14), and a number to call instead of writing. A fact the team did not give is not shown.
 */
export function callDetails({ t, state }: CallDetailsProps): TemplateResult {
  const { call, phone } = state;
  const labels = t.callLabels;
  const fact = (label: string, value: string | undefined) =>
    value
      ? html`<dt>${label}</dt>
          <dd><bdi>${value}</bdi></dd>`
      : nothing;
  return html`<dl class="details call" part="call">
    ${fact(labels.role, call.role)} ${fact(labels.time, call.time)} ${fact(labels.training, call.training)} ${fact(labels.compensation, call.compensation)}
    ${
      call.charterUrl
        ? html`<dt>${labels.charter}</dt>
            <dd>
              <p><a part="charter" href=${call.charterUrl}>${t.charterLink}</a></p>
              <p>${t.charterHint}</p>
            </dd>`
        : nothing
    }
    ${
      phone
        ? html`<dt>${labels.phone}</dt>
            <dd>${phoneLine(t.callUs, phone)}</dd>`
        : nothing
    }
  </dl>`;
}

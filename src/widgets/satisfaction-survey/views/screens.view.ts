import { html, nothing, type TemplateResult } from 'lit';
import type { LaterText, ThanksState } from '../satisfaction-survey.state.js';
import { renderInvitation, type InvitationHandlers, type InvitationState } from './invitation.view.js';

// The screens after the steps: thanks (with the kiosk's countdown and the invitation to take part)
// and already answered. Each message has its read-aloud button. Loaded on demand (later.ts).

type Text = Pick<LaterText, 't' | 'ui'>;

/**
 * The thank-you screen; its heading takes focus. Even a refused sending is kept on the device for the
 * team (the status region says so): the person did their part.
 */
export function renderThanks({ t, ui, state, on }: Text & { state: ThanksState; on: { restart: () => void } }): TemplateResult {
  return html`<div class="thanks" part="thanks">
    <div class="read-row">
      ${ui.heading(t.thanksTitle, { id: 'thanks-title', part: 'thanks-title', focusable: true, sub: 1 })}
      ${ui.readAloud(`${t.thanksTitle} ${t.thanksBody}`, t.thanksTitle)}
    </div>
    <p>${t.thanksBody}</p>
    ${
      state.kiosk
        ? html`<p class="countdown" part="countdown">${t.kioskNext(state.countdown)}</p>
            <div class="actions" part="actions">
              <button type="button" class="button" part="button restart-button" @click=${on.restart}>${t.kioskRestart}</button>
            </div>`
        : nothing
    }
  </div>`;
}

/** Shown instead of the form to someone who already answered from this device for this campaign. */
export function renderAlreadyAnswered({ t, ui }: Text): TemplateResult {
  return html`<div class="notice success" part="already">
    <div class="read-row">
      ${ui.heading(t.alreadyTitle, { id: 'already-title', sub: 1 })} ${ui.readAloud(`${t.alreadyTitle} ${t.already} ${t.alreadyElse}`, t.alreadyTitle)}
    </div>
    <p>${t.already}</p>
    <p>${t.alreadyElse}</p>
  </div>`;
}

/** The thank-you screen, and under it the invitation to take part when the team offers it. */
export function renderEnd({
  invitation,
  ...props
}: LaterText & {
  state: ThanksState;
  on: { restart: () => void };
  invitation?: { state: InvitationState; on: InvitationHandlers } | undefined;
}): TemplateResult {
  return html`${renderThanks(props)} ${invitation ? renderInvitation({ ...props, ...invitation }) : nothing}`;
}

import { html, nothing, type TemplateResult } from 'lit';
import type { IdleWarningState, SurveyText, ThanksState } from '../satisfaction-survey.state.js';

// The screens around the steps: loading, thanks (with the kiosk's countdown), already answered, and
// the kiosk's inactivity warning. Each message has its read-aloud button.

type Text = Pick<SurveyText, 't' | 'ui'>;

/** While the questionnaire, the "already answered" marker and the draft are read. */
export function renderLoading({ t }: Pick<SurveyText, 't'>): TemplateResult {
  return html`<p class="loading" part="loading">${t.loading}</p>`;
}

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

/** Kiosk: "are you still there?", an alert whose button takes focus; without it the answers are cleared. */
export function renderIdleWarning({ t, ui, state, on }: Text & { state: IdleWarningState; on: { continue: () => void } }): TemplateResult {
  const body = t.idleBody(Math.round(state.seconds));
  return html`<div class="idle-warning" part="idle-warning" role="alert">
    <p class="read-row"><strong>${t.idleTitle}</strong> ${ui.readAloud(`${t.idleTitle} ${body}`, t.idleTitle)}</p>
    <p>${body}</p>
    <button id="continue-button" type="button" class="button" part="button continue-button" @click=${on.continue}>${t.idleContinue}</button>
  </div>`;
}

import { html, nothing, type TemplateResult } from 'lit';
import type { IdleWarningState, ThanksState } from '../satisfaction-survey.state.js';
import type { SurveyStrings } from '../translations/fr.js';

// The screens around the steps: loading, thanks (with the kiosk's countdown), already answered, and
// the kiosk's inactivity warning.

/** While the questionnaire, the "already answered" marker and the draft are read. */
export function renderLoading({ t }: { t: SurveyStrings }): TemplateResult {
  return html`<p class="loading" part="loading">${t.loading}</p>`;
}

/**
 * The thank-you screen; its heading takes focus. Even a refused sending is kept on the device for the
 * team (the status region says so): the person did their part.
 */
export function renderThanks({ t, state, on }: { t: SurveyStrings; state: ThanksState; on: { restart: () => void } }): TemplateResult {
  return html`<div class="thanks" part="thanks">
    <h3 id="thanks-title" tabindex="-1" part="thanks-title">${t.thanksTitle}</h3>
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
export function renderAlreadyAnswered({ t }: { t: SurveyStrings }): TemplateResult {
  return html`<div class="notice success" part="already">
    <h3>${t.alreadyTitle}</h3>
    <p>${t.already}</p>
    <p>${t.alreadyElse}</p>
  </div>`;
}

/** Kiosk: "are you still there?", an alert whose button takes focus; without it the answers are cleared. */
export function renderIdleWarning({ t, state, on }: { t: SurveyStrings; state: IdleWarningState; on: { continue: () => void } }): TemplateResult {
  return html`<div class="idle-warning" part="idle-warning" role="alert">
    <p><strong>${t.idleTitle}</strong></p>
    <p>${t.idleBody(Math.round(state.seconds))}</p>
    <button id="continue-button" type="button" class="button" part="button continue-button" @click=${on.continue}>${t.idleContinue}</button>
  </div>`;
}

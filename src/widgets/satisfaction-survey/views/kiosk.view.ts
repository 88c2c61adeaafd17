import { html, type TemplateResult } from 'lit';
import type { IdleWarningState, LaterText } from '../satisfaction-survey.state.js';

/** Kiosk: "are you still there?", an alert whose button takes focus; without it the answers are cleared. */
export function renderIdleWarning({
  t,
  ui,
  state,
  on,
}: Pick<LaterText, 't' | 'ui'> & { state: IdleWarningState; on: { continue: () => void } }): TemplateResult {
  const body = t.idleBody(Math.round(state.seconds));
  return html`<div class="idle-warning" part="idle-warning" role="alert">
    <p class="read-row"><strong>${t.idleTitle}</strong> ${ui.readAloud(`${t.idleTitle} ${body}`, t.idleTitle)}</p>
    <p>${body}</p>
    <button id="continue-button" type="button" class="button" part="button continue-button" @click=${on.continue}>${t.idleContinue}</button>
  </div>`;
}

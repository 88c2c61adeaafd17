import { html, nothing, type TemplateResult } from 'lit';
import type { NoticeState } from '../satisfaction-survey.state.js';
import type { SurveyStrings } from '../translations/fr.js';

/** The information notice (who reads the answers, what for), folded, and where the questions come from. */
export function renderNotice({ t, state }: { t: SurveyStrings; state: NoticeState }): TemplateResult {
  return html`<details class="notice-details" part="notice">
      <summary part="notice-summary">${t.noticeSummary}</summary>
      ${state.paragraphs.map((p) => html`<p>${p}</p>`)}
    </details>
    ${state.source ? html`<p class="source" part="source">${t.source(state.source)}</p>` : nothing}`;
}

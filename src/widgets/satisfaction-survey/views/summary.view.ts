import { html, nothing, type TemplateResult } from 'lit';
import { errorSummary, type SummaryError } from '../../../ui/form.js';
import type { SurveyText } from '../satisfaction-survey.state.js';

/**
 * The error summary after a "Suivant" that cannot go on, and a button that reads its problems aloud.
 * Loaded with answers.ts: it shows only after a press, which waits for that file.
 */
export function renderSummary({
  core,
  ui,
  summary,
  root,
}: Pick<SurveyText, 'core' | 'ui'> & { summary: SummaryError[]; root: ShadowRoot }): TemplateResult | typeof nothing {
  if (!summary.length) return nothing;
  const spoken = [core.errorSummaryTitle, ...summary.map((e) => e.message)].join('. ');
  return html`${errorSummary(summary, core, root)}
    <p class="read-errors">${ui.readAloud(spoken, core.errorSummaryTitle)}</p>`;
}

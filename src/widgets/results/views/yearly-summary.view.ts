import { html, nothing, type TemplateResult } from 'lit';
import type { SummarySection } from '../report-file.js';
import type { ViewProps } from '../results.state.js';

export interface YearlySummaryState {
  year: number;
  structure?: string | undefined;
  today: string;
  sections: SummarySection[];
}

/** One section: its heading, its table; the event list follows the events' figures under their heading. */
function section(item: SummarySection): TemplateResult {
  const id = `summary-${item.id}`;
  const listed = item.id === 'event-list';
  return html`<section class="summary-section" aria-labelledby="${listed ? 'summary-events' : id}-title">
    ${listed ? nothing : html`<h4 id="${id}-title">${item.title}</h4>`}
    <table part="table" class="summary-table ${id}" aria-labelledby="${listed ? 'summary-events' : id}-title">
      <thead>
        <tr>
          ${item.columns.map((column) => html`<th scope="col">${column}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${item.rows.map(
          ([label, ...values]) =>
            html`<tr>
              <th scope="row">${label}</th>
              ${values.map((value) => html`<td class=${value === '' ? 'to-fill' : ''}>${value}</td>`)}
            </tr>`,
        )}
      </tbody>
    </table>
    ${item.note ? html`<p class="hint">${item.note}</p>` : nothing}
  </section>`;
}

/**
 * The one-page yearly summary for the ACI report (indicator "implication des usagers"): surveys run
 * and responses, ideas received and answered, events held and signups (presence is filled in from the
 * sign-in sheets), the self-check's level and progress. The same sections make the CSV and the text.
 */
export function renderYearlySummary({ t, format, state }: ViewProps<YearlySummaryState, unknown>): TemplateResult {
  const r = t.report;
  return html`<article class="yearly-summary" part="yearly-summary" aria-labelledby="summary-title">
    <h3 id="summary-title" tabindex="-1">${r.summaryTitle(state.year)}</h3>
    ${state.structure ? html`<p class="summary-structure">${state.structure}</p>` : nothing}
    <p>${r.summaryIntro}</p>
    <p class="hint">${r.summaryMade(format.longDay(state.today))}</p>
    ${state.sections.map(section)}
  </article>`;
}

import { html, nothing, type TemplateResult } from 'lit';
import type { WidgetUi } from '../../../core/widget-ui.js';
import type { SummarySection } from '../report-file.js';
import type { ViewProps } from '../results.state.js';
import { classedCell, tableRow } from '../../../ui/data-table.js';
import { resultsTable } from './parts.js';

export interface YearlySummaryState {
  year: number;
  structure?: string | undefined;
  today: string;
  sections: SummarySection[];
}

/** One section: its heading and its table; the event list follows the events' figures, under their heading (not a landmark of its own). */
function section(ui: WidgetUi, item: SummarySection): TemplateResult {
  const id = `summary-${item.id}`;
  const listed = item.id === 'event-list';
  const labelledBy = `${listed ? 'summary-events' : id}-title`;
  const content = html`${listed ? nothing : ui.heading(item.title, { id: `${id}-title`, sub: 2 })}
  ${resultsTable({
    className: `summary-table ${id}`,
    labelledBy,
    columns: item.columns,
    rows: item.rows.map((cells) => tableRow(cells.map((value, index) => (index > 0 && value === '' ? classedCell('', 'to-fill') : value)))),
  })}
  ${item.note ? html`<p class="hint">${item.note}</p>` : nothing}`;
  return listed
    ? html`<div class="summary-section">${content}</div>`
    : html`<section class="summary-section" aria-labelledby=${labelledBy}>${content}</section>`;
}

/**
 * The one-page yearly summary for the ACI report (indicator "implication des usagers"): surveys run
 * and responses, ideas received and answered, events held and signups (presence is filled in from the
 * sign-in sheets), the self-check's level and progress. The same sections make the CSV and the text.
 */
export function renderYearlySummary({ t, format, ui, state }: ViewProps<YearlySummaryState, unknown>): TemplateResult {
  const r = t.report;
  return html`<article class="yearly-summary" part="yearly-summary" aria-labelledby="summary-title">
    ${ui.heading(r.summaryTitle(state.year), { id: 'summary-title', focusable: true, sub: 1 })}
    ${state.structure ? html`<p class="summary-structure">${state.structure}</p>` : nothing}
    <p>${r.summaryIntro}</p>
    <p class="hint">${r.summaryMade(format.longDay(state.today))}</p>
    ${state.sections.map((item) => section(ui, item))}
  </article>`;
}

import { html, type TemplateResult } from 'lit';
import { selectField } from '../../../ui/form.js';
import type { ViewProps } from '../results.state.js';
import { button } from './parts.js';
import { renderPoster, type PosterState } from './poster.view.js';
import { renderYearlySummary, type YearlySummaryState } from './yearly-summary.view.js';

export type ReportKind = 'poster' | 'summary';

export interface ReportEntryState {
  years: number[];
  year: number;
}

export interface ReportHandlers {
  chooseYear(year: number): void;
  open(kind: ReportKind): void;
  close(): void;
  print(): void;
  exportSummary(format: 'csv' | 'txt'): void;
}

/** The way to the reports: the year, the poster, the yearly summary (none of it prints). */
export function renderReportEntry({ t, core, ui, state, on }: ViewProps<ReportEntryState, ReportHandlers>): TemplateResult {
  const r = t.report;
  return html`<section class="report-entry" part="report" aria-labelledby="report-title">
    ${ui.heading(r.title, { id: 'report-title', sub: 1 })}
    <p>${r.intro}</p>
    ${selectField({
      id: 'report-year',
      label: r.year,
      t: core,
      markOptional: false,
      value: String(state.year),
      options: state.years.map((year) => ({ value: String(year), label: String(year) })),
      onChange: (value) => on.chooseYear(Number(value)),
    })}
    <div class="actions">
      ${button('open-poster', r.openPoster, () => on.open('poster'))} ${button('open-summary', r.openSummary, () => on.open('summary'))}
    </div>
  </section>`;
}

export type ReportPageState = { kind: 'poster'; poster: PosterState } | { kind: 'summary'; summary: YearlySummaryState };

/** A report alone on the page, to print: its buttons (print, exports, back), then the poster or the summary. */
export function renderReportPage(props: ViewProps<ReportPageState, ReportHandlers>): TemplateResult {
  const { t, state, on } = props;
  const r = t.report;
  const poster = state.kind === 'poster';
  return html`<div class="report-page ${state.kind}">
    <div class="actions no-print">
      ${button('print-report', poster ? r.printPoster : r.printSummary, on.print, 'main')}
      ${poster ? '' : html`${button('export-summary-csv', r.exportCsv, () => on.exportSummary('csv'))} ${button('export-summary-text', r.exportText, () => on.exportSummary('txt'))}`}
      ${button('close-report', r.close, on.close)}
    </div>
    ${state.kind === 'poster' ? renderPoster({ ...props, state: state.poster }) : renderYearlySummary({ ...props, state: state.summary })}
  </div>`;
}
